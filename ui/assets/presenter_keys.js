// Meeting mode's keys (ui/meeting.py): a presenter remote sends PageDown/PageUp, some send →/← or
// space; Esc leaves. The listener sits on the document, so the keys work without clicking into
// the page first. It also reports the screen's size, which the slides are laid out for.
export default function ({ setTriggerValue, setStateValue, data }) {
  const onControl = (target) => target.closest?.("button, a, summary, input, textarea, select, [role=button], [contenteditable=true]");
  const typing = (target) => target.closest?.("input, textarea, select, [contenteditable=true]");
  const moves = { PageDown: "next", ArrowRight: "next", PageUp: "previous", ArrowLeft: "previous", Escape: "leave" };

  const onKey = (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
    let move = moves[event.key];
    // Space on a button or link presses it, as everywhere; elsewhere it moves on (Shift: back).
    if (event.key === " " && !onControl(event.target)) move = event.shiftKey ? "previous" : "next";
    if (!move) return;
    event.preventDefault();
    setTriggerValue("key", move);
  };

  let pending = null;
  const report = () => {
    const size = { width: window.innerWidth, height: window.innerHeight };
    if (!data || data.width !== size.width || data.height !== size.height) setStateValue("screen", size);
  };
  const onResize = () => {
    clearTimeout(pending);
    pending = setTimeout(report, 250);
  };

  // One listener however often Streamlit mounts the component again.
  window.__khsPresenterKeys?.();
  document.addEventListener("keydown", onKey);
  window.addEventListener("resize", onResize);
  const stop = () => {
    document.removeEventListener("keydown", onKey);
    window.removeEventListener("resize", onResize);
    clearTimeout(pending);
  };
  window.__khsPresenterKeys = stop;
  report();
  return stop;
}
