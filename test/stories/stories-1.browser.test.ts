// Part 1 of 3 of the story smoke test (test/stories/stories.ts).
import { runStories } from './stories';

runStories(1, 3);
