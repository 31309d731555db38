/** Training checkpoints: atomic zip files that a run resumes from. */
package org.glyphgan.checkpoint;
