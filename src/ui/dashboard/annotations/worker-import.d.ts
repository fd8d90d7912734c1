/** Vite bundles `import X from './file?worker'` as a worker of its own; X constructs it. */
declare module '*?worker' {
  const WorkerFactory: new (options?: { name?: string }) => Worker;
  export default WorkerFactory;
}
