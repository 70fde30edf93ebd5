-- The cashier can rush a send (OrderFired.rush): the kitchen ticket carries the flag for the KDS card.
ALTER TABLE kitchen_ticket ADD COLUMN rush BOOLEAN DEFAULT FALSE NOT NULL;
