/**
 * The local HTTP service behind the browser preview and design-tool plugins: a JSON API over
 * {@link org.glyphgan.facade.GlyphGan} and the preview page. It binds 127.0.0.1 only, requires a
 * random per-start token on every API call, checks Host and Origin exactly (DNS rebinding, CSRF),
 * changes no state on GET, and limits request size, time and concurrency.
 */
package org.glyphgan.server;
