import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { scenarioCheck } from './scripts/vite-scenario-check.ts';
import { shippedScenarios } from './scripts/vite-shipped-scenarios.ts';

/** `npm start` and `npm run preview` hand /live/ to the class server (CLASS_SERVER, else port 2567 here). */
function liveProxy() {
  return { '/live/': { target: process.env.CLASS_SERVER ?? 'http://127.0.0.1:2567', ws: true } };
}

// Phaser sits in its own chunk: game code changes then never bust the cache of the engine's 1 MB.
// The service worker precaches the whole game (code, scenarios, sounds, map) so that a class
// keeps playing when the school Wi-Fi drops; a new deployment is offered, never forced mid-turn.
export default defineConfig({
  base: './',
  plugins: [
    shippedScenarios(),
    scenarioCheck(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Crisis Desk',
        short_name: 'Crisis Desk',
        description: 'A turn-based diplomatic-crisis simulation: Ottawa, March 2021.',
        theme_color: '#0b1a2b',
        background_color: '#0b1a2b',
        display: 'standalone',
        start_url: './',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,ogg,mp3,svg,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    // Sound files stay files: inlined as base64 they would be downloaded again inside a script,
    // a third larger, by players who may never turn the sound on.
    assetsInlineLimit: (file) => (/\.(ogg|mp3)$/.test(file) ? false : undefined),
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
  // The live classroom's server answers under the page's own address (/live/), as it does when it
  // serves the game itself: the page's Content-Security-Policy then only ever allows 'self'.
  server: { host: '127.0.0.1', port: 5173, proxy: liveProxy() },
  preview: { host: '127.0.0.1', port: 4173, proxy: liveProxy() },
});
