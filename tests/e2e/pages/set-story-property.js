// Hands the seed story to a card as data, the way a host that already has it would.
fetch('/demo/story.json')
  .then(response => response.json())
  .then(story => {
    document.getElementById('from-property').story = story;
  });
