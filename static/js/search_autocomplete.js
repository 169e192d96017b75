// Progressive enhancement: the library's search box becomes a WAI-ARIA 1.2 combobox whose
// listbox offers the search engine's completions of the last word typed. Without JavaScript,
// or when the suggestions cannot be had, the box is a plain search field and the form submits.
(() => {
  const DEBOUNCE_MS = 150;

  document.querySelectorAll("[data-autocomplete]").forEach((container) => {
    const input = container.querySelector("input[type='search']");
    const listbox = container.querySelector("[role='listbox']");
    const status = container.querySelector("[data-autocomplete-status]");
    const hint = container.querySelector("[data-autocomplete-hint]");
    if (!input || !listbox || !status || !window.fetch || !window.AbortController) return;

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);
    if (hint) input.setAttribute("aria-describedby", hint.id);

    let options = [];
    let active = -1;
    let timer = null;
    let request = null;

    const announce = (count) => {
      const number = count.toLocaleString(document.documentElement.lang);
      status.textContent = count
        ? status.dataset.countText.replace("{count}", number)
        : status.dataset.noneText;
    };

    const setActive = (index) => {
      options.forEach((option, position) => {
        option.setAttribute("aria-selected", position === index ? "true" : "false");
      });
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    };

    const close = () => {
      setActive(-1);
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
    };

    const open = () => {
      if (!options.length) return;
      listbox.hidden = false;
      input.setAttribute("aria-expanded", "true");
    };

    const choose = (index) => {
      input.value = options[index].textContent;
      close();
      input.form.requestSubmit();
    };

    const show = (suggestions) => {
      listbox.replaceChildren();
      options = suggestions.map((text, index) => {
        const option = document.createElement("li");
        option.id = `${listbox.id}-${index}`;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = text;
        // Keeps the focus in the box, so the click below still knows which box it serves.
        option.addEventListener("mousedown", (event) => event.preventDefault());
        option.addEventListener("click", () => choose(index));
        return option;
      });
      listbox.append(...options);
      setActive(-1);
      announce(options.length);
      if (options.length) open();
      else close();
    };

    const fetchSuggestions = async () => {
      if (request) request.abort();
      const text = input.value.trim();
      if (!text) {
        request = null;
        options = [];
        listbox.replaceChildren();
        close();
        return;
      }
      request = new AbortController();
      const url = new URL(container.dataset.suggestUrl, window.location.href);
      url.search = new URLSearchParams({ q: text, lang: container.dataset.language });
      try {
        const response = await fetch(url, {
          signal: request.signal,
          headers: { Accept: "application/json" },
        });
        if (!response.ok) throw new Error(`suggestions answered ${response.status}`);
        const body = await response.json();
        show(Array.isArray(body.suggestions) ? body.suggestions.map(String) : []);
      } catch (error) {
        // A newer keystroke aborted this request: its own answer will follow.
        if (error.name === "AbortError") return;
        // Suggestions are a convenience: when they fail (rate limit, outage), the box stays
        // a plain search field rather than showing stale or no choices.
        close();
      }
    };

    input.addEventListener("input", () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DEBOUNCE_MS);
    });

    input.addEventListener("keydown", (event) => {
      if (event.isComposing) return;
      const expanded = input.getAttribute("aria-expanded") === "true";
      switch (event.key) {
        case "ArrowDown":
          if (!options.length) return;
          event.preventDefault();
          open();
          setActive(active + 1 < options.length ? active + 1 : 0);
          break;
        case "ArrowUp":
          if (!options.length) return;
          event.preventDefault();
          open();
          setActive(active > 0 ? active - 1 : options.length - 1);
          break;
        case "Enter":
          if (expanded && active >= 0) {
            event.preventDefault();
            choose(active);
          }
          break;
        case "Escape":
          if (expanded) {
            // Closes the list only; a second Escape clears the box as usual.
            event.preventDefault();
            close();
          }
          break;
        default:
          break;
      }
    });

    input.addEventListener("blur", close);
  });
})();
