-- A participant talent of a matching event came (受付): the METI report's 参加人材 of a matching event counts the
-- talent who came (seed 002 §2(2)⑥ イベントごとの参加人材数; seed 001 §3(4) 各イベント等の参加者数), as 参加企業 counts the
-- companies checked in. Talent of the pool are no event registrations, so their arrival is kept here.
ALTER TABLE matching_talent ADD COLUMN checked_in_at timestamptz;
