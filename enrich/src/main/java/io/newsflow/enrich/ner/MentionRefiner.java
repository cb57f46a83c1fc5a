package io.newsflow.enrich.ner;

import java.util.List;

/**
 * Applies {@link RefinementStep}s in order to a tagged document. The order matters: cleaning comes first so
 * later steps count clean names; spreading labels comes last so it spreads corrected ones.
 */
public final class MentionRefiner {

    private final List<RefinementStep> steps;

    public MentionRefiner(List<RefinementStep> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The steps the engine uses, in order. */
    public static MentionRefiner standard() {
        return new MentionRefiner(standardSteps());
    }

    /** The CRF's labels unchanged: the baseline the steps are measured against. */
    public static MentionRefiner none() {
        return new MentionRefiner(List.of());
    }

    public static List<RefinementStep> standardSteps() {
        return List.of(new TrimMentionEdges(), new DropNonNames(), new EventNames(), new OrganisationHeads(),
                new OrganisationDescriptors(), new OrganisationAliases(), new AcronymDefinitions(),
                new CountryNames(), new SportsTeams(), new ScoreTables(), new PersonShortNames(), new RegnalNumbers(), new OrganisationShortNames(),
                new MajorityLabel(), new LabelRepeats(), new Datelines());
    }

    public List<RefinementStep> steps() {
        return steps;
    }

    /** Changes the document's labels in place and returns it. */
    public TaggedDocument refine(TaggedDocument document) {
        steps.forEach(step -> step.apply(document));
        return document;
    }
}
