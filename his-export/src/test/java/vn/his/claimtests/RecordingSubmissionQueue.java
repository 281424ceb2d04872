package vn.his.claimtests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import vn.his.export.outbox.OutgoingDocument;
import vn.his.export.outbox.SubmissionKind;
import vn.his.export.outbox.SubmissionQueue;

/** Records what would be queued, as a test's stand-in for the outbox. */
public class RecordingSubmissionQueue implements SubmissionQueue {

    private final AtomicLong ids = new AtomicLong();
    private final List<OutgoingDocument> documents = new CopyOnWriteArrayList<>();

    @Override
    public long enqueue(OutgoingDocument document) {
        documents.add(document);
        return ids.incrementAndGet();
    }

    public List<OutgoingDocument> of(String maLk, SubmissionKind kind) {
        return documents.stream().filter(d -> d.maLk().equals(maLk) && d.kind() == kind).toList();
    }
}
