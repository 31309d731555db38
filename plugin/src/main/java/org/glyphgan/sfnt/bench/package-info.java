/** A benchmark of the sfnt writer against FontForge and fontTools (a main program, not a test). */
package org.glyphgan.sfnt.bench;
