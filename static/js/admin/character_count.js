// A live "used / allowed characters" count under every text field with a maximum length in
// the page and snippet editors (the share texts of a campaign toolkit: X 280, Instagram 2,200,
// …). Fields added later, such as new StreamField blocks, get one too.
(() => {
  const FIELDS = "textarea[maxlength], input[type=text][maxlength]";

  const update = (field) => {
    const counter = field.characterCounter;
    if (!counter) return;
    const used = [...field.value].length;
    const allowed = Number(field.maxLength);
    counter.textContent = `${used} / ${allowed}`;
  };

  const attach = (field) => {
    if (field.characterCounter || !(field.maxLength > 0)) return;
    const counter = document.createElement("p");
    counter.className = "w-field__help";
    counter.setAttribute("aria-live", "polite");
    counter.id = `${field.id || field.name}-character-count`;
    field.setAttribute(
      "aria-describedby",
      `${field.getAttribute("aria-describedby") || ""} ${counter.id}`.trim(),
    );
    field.insertAdjacentElement("afterend", counter);
    field.characterCounter = counter;
    update(field);
  };

  const scan = (root) => root.querySelectorAll(FIELDS).forEach(attach);

  document.addEventListener("input", (event) => {
    if (event.target.matches?.(FIELDS)) update(event.target);
  });
  new MutationObserver((mutations) => {
    mutations.forEach((mutation) =>
      mutation.addedNodes.forEach((node) => node.querySelectorAll && scan(node)),
    );
  }).observe(document.body, { childList: true, subtree: true });
  scan(document);
  // StreamField fills its fields after load: count again once it has.
  window.addEventListener("load", () => document.querySelectorAll(FIELDS).forEach(update));
})();
