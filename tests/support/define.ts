/** Registers the elements under test without the whole entry (each test file may import it). */
import '../../src/quoted-reply/quoted-reply.js';
import '../../src/story-card/story-card.js';
