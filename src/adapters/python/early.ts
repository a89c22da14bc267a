/** The worker's address, and the inline script that starts it early (kept apart from the runtime client, which pages load on demand). */
export const WORKER_URL = '/workers/python.js';

/** The pages that run code as soon as they open: the workspace (also as a static export's file). */
const RUNS_AT_ONCE = /^\/practice(?:\/|\.html)?$/;

/**
 * A tiny inline script for the head of every page: on a page that runs code
 * at once, it starts the worker before the app's JavaScript has even loaded,
 * so Python boots while the page hydrates. The client adopts it on its first
 * spawn.
 */
export const EARLY_WORKER_SCRIPT = `if(${String(RUNS_AT_ONCE)}.test(location.pathname))try{var w=new Worker(${JSON.stringify(WORKER_URL)},{type:'module',name:'python'});w.addEventListener('error',function(){window.__pydojoWorkerFailed=true});window.__pydojoWorker=w}catch(e){}`;
