// @ts-check
/**
 * The bench's bare reference (see reference.html): waits for Office, reads the facts the add-in reads
 * (src/office/facts.ts) and the meeting's body in parallel, writes a verdict into `data-delegation`
 * once it has the facts, and enables its "Add online meeting" button as soon as it has also read the
 * body (the add-in may not offer the button before it knows the body). No framework, no timeouts, no
 * rendering beyond one line of text: the time a page cannot beat with this Office.js.
 */
(function () {
  /** @type {any} */
  const Office = /** @type {any} */ (window).Office;
  const MAILBOX_VERSIONS = ["1.1", "1.3", "1.5", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "1.15"];
  const out = /** @type {HTMLElement} */ (document.getElementById("verdict"));
  const answer = /** @type {HTMLElement} */ (document.getElementById("answer"));
  const add = /** @type {HTMLButtonElement} */ (document.getElementById("add"));

  /**
   * An Office `*Async(callback)` call as a promise of its value, `undefined` when absent or failed.
   * @param {any} target
   * @param {string} method
   * @returns {Promise<any>}
   */
  function read(target, method) {
    return new Promise((done) => {
      if (!target || typeof target[method] !== "function") return done(undefined);
      try {
        target[method]((/** @type {any} */ result) => done(result && result.status === "succeeded" ? result.value : undefined));
      } catch {
        done(undefined);
      }
    });
  }

  /** @param {unknown} value */
  function address(value) {
    return typeof value === "string" ? value.trim().toLowerCase() : "";
  }

  if (!Office || typeof Office.onReady !== "function") {
    out.textContent = "Office.js is missing.";
    return;
  }
  Office.onReady(() => {
    const mailbox = Office.context.mailbox;
    const item = mailbox && mailbox.item;
    const user = address(mailbox && mailbox.userProfile && mailbox.userProfile.emailAddress);
    const supported = MAILBOX_VERSIONS.filter((version) => {
      try {
        return Office.context.requirements.isSetSupported("Mailbox", version) === true;
      } catch {
        return false;
      }
    });
    const body = item && item.body;
    const facts = Promise.all([read(item && item.organizer, "getAsync"), read(item, "getSharedPropertiesAsync")]);
    const bodyRead = read(body, "getTypeAsync").then(
      (type) => new Promise((done) => body.getAsync(type === "text" ? "text" : "html", (/** @type {any} */ result) => done(result))),
    );
    facts.then(([organizer, shared]) => {
      const owner = address(shared && shared.owner) || address(organizer && organizer.emailAddress);
      const delegation = !user || !owner ? "unknown" : owner === user ? "self" : "delegate";
      out.textContent = `${delegation} (Mailbox ${supported[supported.length - 1] || "?"})`;
      out.setAttribute("data-delegation", delegation);
      answer.setAttribute("data-answer", delegation);
    });
    Promise.all([facts, bodyRead]).then(() => {
      add.disabled = false;
    });
  });
})();
