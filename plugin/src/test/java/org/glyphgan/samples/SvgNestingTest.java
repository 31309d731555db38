package org.glyphgan.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SvgNestingTest {
    @Test
    void depthCountsOpenElements() {
        assertEquals(3, SvgNesting.maxDepth("<svg><g><path d=\"M0 0\"></path></g><g/></svg>"));
    }

    @Test
    void selfClosingAndQuotedValuesSkipped() {
        assertEquals(2, SvgNesting.maxDepth("<svg><g title='a > b /'/><path d=\"M0 0\"/><g><rect/></g></svg>"));
    }

    @Test
    void commentsAndDeclarationsSkipped() {
        assertEquals(1, SvgNesting.maxDepth("<?xml version=\"1.0\"?><!-- <g><g><g> --><svg><![CDATA[<g><g>]]></svg>"));
    }
}
