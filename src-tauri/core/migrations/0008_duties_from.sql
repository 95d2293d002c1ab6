-- The day DP Hub began keeping a person's and an employment's duties (the day the record was added):
-- a duty that comes round again (a payslip, an FPS) and was never ticked is overdue from its first
-- date on or after it. Records already kept began on the day they were created.
ALTER TABLE person ADD COLUMN duties_from TEXT;
ALTER TABLE employment ADD COLUMN duties_from TEXT;
UPDATE person SET duties_from = substr(created_at, 1, 10);
UPDATE employment SET duties_from = substr(created_at, 1, 10);
