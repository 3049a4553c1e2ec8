-- The lists' orders (jp.kyoten.platform.web.ListSorting) each walk an index of the hub's rows and stop at the page.
-- Needs open by 把握日 (created_at is the day the need was learned), newest first.
CREATE INDEX talent_need_hub_learned_idx ON talent_need (hub_id, created_at DESC, id DESC);
CREATE INDEX talent_need_hub_status_id_idx ON talent_need (hub_id, status, id);
-- Consultations by staff and by channel; by 相談日 they already walk consultation_hub_date_idx.
CREATE INDEX consultation_hub_staff_idx ON consultation (hub_id, staff_name, id);
CREATE INDEX consultation_hub_channel_idx ON consultation (hub_id, channel, id);
CREATE INDEX consultation_hub_day_id_idx ON consultation (hub_id, consulted_on DESC, id DESC);
