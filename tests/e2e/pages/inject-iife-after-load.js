// What a tag manager does: insert the embed script after the page has loaded.
addEventListener('load', () => {
  const script = document.createElement('script');
  script.src = '/cdn/story-widgets.iife.js';
  script.async = true;
  document.head.append(script);
});
