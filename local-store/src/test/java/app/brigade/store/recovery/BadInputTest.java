package app.brigade.store.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.event.OrderClosed;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventFactory;
import app.brigade.model.protocol.HlcClock;
import app.brigade.model.protocol.UuidV7;
import app.brigade.store.api.Store;
import app.brigade.store.journal.Journal;
import app.brigade.store.journal.JournalOptions;
import app.brigade.store.testkit.Sales;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {

    @TempDir
    Path dir;

    private final EventFactory factory = new EventFactory(Sales.DEVICE, UuidV7.systemClock(),
            new HlcClock(System::currentTimeMillis));

    @Test
    void unknownTypesDuplicatesOrphansAndUnreadableRecordsAreKeptAndReportedWithoutCrashingTheOpen()
            throws Exception {
        Event opened = factory.create(1, Sales.opened("ord-1", "A-001"), Sales.CASHIER, null);
        Event orphan = factory.create(2, Sales.line("ord-never-opened", "l-9", 1), Sales.CASHIER, null);
        Event closed = factory.create(3, new OrderClosed("ord-1"), Sales.CASHIER, null);
        try (Journal journal = Journal.open(dir.resolve("journal"), JournalOptions.defaults(Sales.DEVICE))) {
            journal.append(List.of(opened));
            journal.append(List.of(opened));
            journal.append(List.of(orphan));
        }
        UUID futureId = UUID.randomUUID();
        appendRawRecord("""
                {"eventId":"%s","deviceId":"pos-1","deviceSeq":4,"hlc":"1700000000000.0","type":"GiftCardSold",
                "aggregateId":"gc-1","actorId":"emp-ann","approverId":null,"schemaVersion":1,
                "payload":{"cardId":"gc-1","amount":5000}}""".formatted(futureId));
        appendRawRecord("{\"this is\": \"not an event\"}");
        try (Journal journal = Journal.open(dir.resolve("journal"), JournalOptions.defaults(Sales.DEVICE))) {
            journal.append(List.of(closed));
        }

        try (Store store = Store.open(Sales.options(dir))) {
            RecoveryReport report = store.recoveryReport();
            assertThat(report.duplicatesSkipped()).isEqualTo(1);
            assertThat(report.unknownKept()).isEqualTo(1);
            assertThat(report.unreadableRecords()).isEqualTo(1);
            assertThat(report.flagged()).isGreaterThanOrEqualTo(1);
            assertThat(report.clean()).isFalse();
            assertThat(report.summary()).contains("1 duplicate(s) skipped", "1 unknown event(s) kept");

            assertThat(store.keptEvents()).singleElement().satisfies(k -> {
                assertThat(k.eventId()).isEqualTo(futureId);
                assertThat(k.type()).isEqualTo("GiftCardSold");
            });
            assertThat(store.flaggedEvents()).anySatisfy(f -> {
                assertThat(f.eventId()).isEqualTo(orphan.eventId());
                assertThat(f.reason()).contains("ord-never-opened");
            });
            assertThat(store.orderIds("CLOSED", 10)).containsExactly("ord-1");
            assertThat(store.lastDeviceSeq()).isEqualTo(4);
            assertThat(Sales.sell(store, "shift-1", 1).committed()).as("the store keeps working").isTrue();
        }
    }

    /** Writes a frame with a correct CRC32C around arbitrary JSON, as a newer or buggy build could have. */
    private void appendRawRecord(String json) throws Exception {
        byte[] body = json.replace("\n", "").getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(4).putInt(body.length).array());
        crc.update(body);
        ByteBuffer frame = ByteBuffer.allocate(8 + body.length).putInt(body.length).putInt((int) crc.getValue())
                .put(body).flip();
        Path segment;
        try (Stream<Path> s = Files.list(dir.resolve("journal"))) {
            segment = s.filter(p -> p.toString().endsWith(".journal")).sorted().toList().getLast();
        }
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ch.write(frame);
            ch.force(true);
        }
    }
}
