package org.glyphgan.facade;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.glyphgan.gan.StyleCode;
import org.glyphgan.gan.StyleModel;

/** Turns a {@link StyleSource} into a style code, or rejects an unknown name listing the known ones. */
final class StyleResolver {
    private final StyleModel model;

    StyleResolver(StyleModel model) {
        this.model = model;
    }

    ResolvedStyle resolve(StyleSource source) {
        if (source instanceof StyleSource.Named named) {
            return new ResolvedStyle(source.label(), namedCode(named.name()), OptionalDouble.empty());
        }
        if (source instanceof StyleSource.Random random) {
            return new ResolvedStyle(source.label(), model.randomStyle(random.seed()), OptionalDouble.empty());
        }
        if (source instanceof StyleSource.Mix mix) {
            return mix(mix);
        }
        StyleSource.Custom custom = (StyleSource.Custom) source;
        // TODO: resolve saved custom styles through the samples package's StyleStore.
        throw new GlyphGanException("Unknown custom style '" + custom.savedName() + "'; no custom styles are saved yet");
    }

    private ResolvedStyle mix(StyleSource.Mix mix) {
        ResolvedStyle first = byName(mix.first());
        ResolvedStyle second = byName(mix.second());
        StyleCode code = first.code().mix(second.code(), mix.weight());
        OptionalDouble sideBearing = OptionalDouble.empty();
        if (first.sideBearingEm().isPresent() && second.sideBearingEm().isPresent()) {
            sideBearing = OptionalDouble.of(first.sideBearingEm().getAsDouble() * (1 - mix.weight())
                    + second.sideBearingEm().getAsDouble() * mix.weight());
        }
        return new ResolvedStyle(mix.label(), code, sideBearing);
    }

    /** A named style, else a custom one of that name. */
    private ResolvedStyle byName(String name) {
        return new ResolvedStyle(name, namedCode(name), OptionalDouble.empty());
    }

    private StyleCode namedCode(String name) {
        StyleCode code = model.namedStyles().get(name);
        if (code == null) {
            throw new GlyphGanException("Unknown style '" + name + "'; available styles: " + availableNames()
                    + " (or random:SEED, mix:A,B,WEIGHT, custom:NAME)");
        }
        return code;
    }

    private String availableNames() {
        List<String> names = new ArrayList<>(model.namedStyles().keySet());
        return String.join(", ", names);
    }
}
