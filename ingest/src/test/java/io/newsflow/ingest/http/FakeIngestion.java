package io.newsflow.ingest.http;

import io.newsflow.ingest.pipeline.Ingestion;
import io.newsflow.ingest.pipeline.Outcome;
import io.newsflow.ingest.reader.ArticleReader;
import io.newsflow.ingest.reader.Input;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** Records every call and answers with whatever the test set; by default publishes the body text as one id. */
final class FakeIngestion implements Ingestion {

    record Call(Input input, ArticleReader reader) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile Function<Input, Outcome> answer = input -> published(input.text());

    static Outcome published(String... ids) {
        return new Outcome(List.of(ids), List.of(), List.of());
    }

    void answerWith(Function<Input, Outcome> newAnswer) {
        this.answer = newAnswer;
    }

    void answerWith(Outcome outcome) {
        answerWith(input -> outcome);
    }

    void failWith(RuntimeException error) {
        answerWith(input -> {
            throw error;
        });
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    @Override
    public Outcome ingest(Input input, ArticleReader reader) {
        calls.add(new Call(input, reader));
        return answer.apply(input);
    }
}
