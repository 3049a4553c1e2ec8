package jp.kyoten.platform.db;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep: the {@code daily} newest, and for each of the {@code weekly} ISO
 * weeks before the oldest of those, that week's last backup. With 7 and 4, a hub can go
 * back a week day by day and a month week by week.
 */
record BackupRotation(int daily, int weekly) {

	record Week(int year, int week) {

		static Week of(LocalDate date) {
			return new Week(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		}

	}

	Set<LocalDate> keep(List<LocalDate> dates) {
		List<LocalDate> newestFirst = new ArrayList<>(dates);
		newestFirst.sort(Comparator.reverseOrder());
		Set<LocalDate> keep = new LinkedHashSet<>(newestFirst.subList(0, Math.min(daily, newestFirst.size())));
		Set<Week> weeks = new LinkedHashSet<>();
		keep.forEach(d -> weeks.add(Week.of(d)));
		int weeklies = 0;
		for (LocalDate date : newestFirst.subList(keep.size(), newestFirst.size())) {
			if (weeklies == weekly) {
				break;
			}
			// the first met of each week, newest first, is the week's last backup
			if (weeks.add(Week.of(date))) {
				keep.add(date);
				weeklies++;
			}
		}
		return keep;
	}

}
