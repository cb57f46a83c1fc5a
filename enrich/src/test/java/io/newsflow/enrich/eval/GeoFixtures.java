package io.newsflow.enrich.eval;

/** Tiny hand-made corpora in the two gold formats (no shared evaluation data is copied into the project). */
final class GeoFixtures {

    /** LGL: 0-based offsets, end exclusive; one toponym without gazetteer tag. */
    static final String LGL = """
            <?xml version="1.0" encoding="utf-8"?>
            <articles>
              <article docid="1">
                <title>Storm</title>
                <text><![CDATA[Paris police closed Main Street. Texas roads reopened.]]></text>
                <toponyms>
                  <toponym><start>0</start><end>5</end><phrase>Paris</phrase>
                    <gaztag geonameid="4717560"><name>Paris</name><fclass>P</fclass><fcode>PPLA2</fcode>
                      <lat>33.66094</lat><lon>-95.55551</lon></gaztag></toponym>
                  <toponym><start>20</start><end>31</end><phrase>Main Street</phrase></toponym>
                  <toponym><start>33</start><end>38</end><phrase>Texas</phrase>
                    <gaztag geonameid="4736286"><name>Texas</name><fcode>ADM1</fcode>
                      <lat>31.25044</lat><lon>-99.25061</lon></gaztag></toponym>
                </toponyms>
              </article>
            </articles>
            """;

    /**
     * GeoVirus: offsets one too high ("Kenya" is text[6:11], written 7..12), and one malformed location that wraps
     * two others besides its own fields.
     */
    static final String GEOVIRUS = """
            <articles>
                <article>
                    <source>https://example.org/a</source>
                    <text>Cases in Kenya &amp; Uganda, near Lake Victoria in Africa, rose.</text>
                    <locations>
                        <location>
                            <name>Kenya</name><start>10</start><end>15</end><lat>1</lat><lon>38</lon>
                            <page>https://en.wikipedia.org/wiki/Kenya</page>
                        </location>
                        <location>
                            <location>
                                <name>Uganda</name><start>18</start><end>24</end><lat>1</lat><lon>32</lon>
                            </location>
                            <location>
                                <name>Africa</name><start>48</start><end>54</end><lat>7.18</lat><lon>21.09</lon>
                                <continent/>
                            </location>
                            <name>Lake Victoria</name><start>31</start><end>44</end><lat>-1</lat><lon>33</lon>
                        </location>
                    </locations>
                </article>
            </articles>
            """;

    private GeoFixtures() {
    }
}
