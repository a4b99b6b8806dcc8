/** The key the head script in Base.astro reads before first paint; keep the two in step. */
export const VIEW_KEY = "rows";

/** Wires every `[data-view-toggle]` button: it flips `html.compact` and remembers the choice. */
export function startViewToggle(): void {
  const root = document.documentElement;
  const buttons = [...document.querySelectorAll<HTMLButtonElement>("[data-view-toggle]")];
  const sync = () => {
    const on = String(root.classList.contains("compact"));
    for (const button of buttons) button.setAttribute("aria-pressed", on);
  };
  sync();
  for (const button of buttons) {
    button.addEventListener("click", () => {
      const compact = root.classList.toggle("compact");
      try {
        localStorage.setItem(VIEW_KEY, compact ? "compact" : "full");
      } catch {
        // Private mode: the choice lasts for this page only.
      }
      sync();
    });
  }
}
