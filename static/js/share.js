// Progressive enhancement: a "Copy link" button beside the short link. Without JavaScript the
// link is still there to select and copy by hand.
document.querySelectorAll("[data-copy-target]").forEach((button) => {
  const field = document.getElementById(button.dataset.copyTarget);
  const status = button.parentElement.querySelector("[data-copied-text]");
  if (!field || !navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", async () => {
    await navigator.clipboard.writeText(field.value);
    if (status) status.textContent = status.dataset.copiedText;
  });
});
