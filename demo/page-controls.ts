// The demo pages' own controls, as a host page would have them: a theme switch (a `dark` class
// on <html>, which the elements follow live) and the page language (`lang`/`dir` on <html>).
const toggle = document.querySelector<HTMLButtonElement>('#theme-toggle')!;
toggle.addEventListener('click', () => {
  const dark = document.documentElement.classList.toggle('dark');
  toggle.setAttribute('aria-pressed', String(dark));
});

const language = document.querySelector<HTMLSelectElement>('#lang')!;
language.addEventListener('change', () => {
  document.documentElement.lang = language.value;
  document.documentElement.dir = language.value === 'ar' ? 'rtl' : 'ltr';
});
