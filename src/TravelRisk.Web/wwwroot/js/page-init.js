// Loaded in <head>, before the stylesheets and before the first paint: puts the theme on <html> (data-theme),
// the reader's choice from the "theme" cookie or else the OS preference, so no page flashes the other theme.
// A static file rather than an inline script, so a Content-Security-Policy of script-src 'self' allows it.
(() => {
  const root = document.documentElement;
  const osDark = matchMedia("(prefers-color-scheme: dark)");
  const choice = () => (document.cookie.match(/(?:^|;\s*)theme=(light|dark)/) || [])[1] || null;
  const apply = () => {
    const theme = choice() ?? (osDark.matches ? "dark" : "light");
    if (root.dataset.theme !== theme) root.dataset.theme = theme;
  };
  apply();
  osDark.addEventListener("change", apply);
  // A page load that renders <html> anew (or Blazor's enhanced navigation) may drop the attribute: put it back.
  new MutationObserver(apply).observe(root, { attributes: true, attributeFilter: ["data-theme"] });

  window.travelRisk = {
    theme: {
      current: () => root.dataset.theme,
      // Choosing what the OS already prefers clears the override, so the page follows the OS again.
      set: theme => {
        const os = osDark.matches ? "dark" : "light";
        document.cookie = theme === os
          ? "theme=; path=/; max-age=0; samesite=lax"
          : `theme=${theme}; path=/; max-age=31536000; samesite=lax`;
        apply();
        return root.dataset.theme;
      },
    },
  };
})();
