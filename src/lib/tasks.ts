/** Lets the browser handle input and paint before the next step of a long start-up. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
