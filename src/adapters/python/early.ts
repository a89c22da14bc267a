/** The worker's address, and the inline script that starts it early (kept apart from the runtime client, which pages load on demand). */
export const WORKER_URL = '/workers/python.js';

/**
 * A tiny inline script for pages that run code at once: starts the worker before the app's
 * JavaScript has even loaded, so Python boots while the page hydrates. The
 * client adopts it on its first spawn.
 */
export const EARLY_WORKER_SCRIPT = `try{var w=new Worker(${JSON.stringify(WORKER_URL)},{type:'module',name:'python'});w.addEventListener('error',function(){window.__pydojoWorkerFailed=true});window.__pydojoWorker=w}catch(e){}`;

