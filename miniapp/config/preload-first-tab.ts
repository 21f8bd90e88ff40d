import path from 'node:path';
import type { Compilation, Compiler } from 'webpack';

/**
 * Adds `<link rel="preload">` for the chunks of the page the app opens on (找工作) to the H5
 * build's index.html. Taro loads each page's code on demand, after the app bundle has run, so
 * on a weak signal the page's ~40 KB would only start downloading once ~100 KB of app code
 * had arrived and run: preloaded, it comes in the same round trips, and the first job card
 * shows sooner. Other tabs still load theirs on demand.
 */
export class PreloadFirstTabPlugin {
  constructor(private readonly pageRequest: RegExp) {}

  apply(compiler: Compiler): void {
    // The same html-webpack-plugin Taro's runner uses: its hooks live on that module instance.
    const runner = path.dirname(require.resolve('@tarojs/webpack5-runner/package.json'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const HtmlWebpackPlugin = require(require.resolve('html-webpack-plugin', { paths: [runner] }));
    compiler.hooks.compilation.tap('PreloadFirstTabPlugin', (compilation: Compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadFirstTabPlugin', (data: { headTags: unknown[]; publicPath: string }) => {
        const files = new Set<string>();
        for (const group of compilation.chunkGroups) {
          if (!group.origins.some((o) => o.request && this.pageRequest.test(o.request))) continue;
          for (const chunk of group.chunks) for (const file of chunk.files) files.add(file);
        }
        for (const file of files) {
          const as = file.endsWith('.js') ? 'script' : file.endsWith('.css') ? 'style' : null;
          if (!as) continue;
          data.headTags.push({ tagName: 'link', voidTag: true, meta: { plugin: 'PreloadFirstTabPlugin' }, attributes: { rel: 'preload', as, href: `${data.publicPath}${file}` } });
        }
        return data;
      });
    });
  }
}
