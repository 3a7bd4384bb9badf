// What a host listening on `document` receives from <newsletter-signup>, kept for the test to
// read: the event type and its detail, in order.
window.signupEvents = [];
for (const type of ['signup-submit', 'signup-success', 'signup-error']) {
  document.addEventListener(type, event => {
    window.signupEvents.push({ type, detail: event.detail });
  });
}
