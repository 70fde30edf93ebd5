-- Split checks (ADR 0012): a line moved to another check keeps its row on the check it left, marked
-- with where it went, and gets a row on the receiving check that says where it came from and which
-- kitchen tickets it is on (those tickets keep naming the check it was sent from).
ALTER TABLE order_line ADD COLUMN moved_to VARCHAR(64);
ALTER TABLE order_line ADD COLUMN moved_from VARCHAR(64);
ALTER TABLE order_line ADD COLUMN ticket_ids VARCHAR(4000);
