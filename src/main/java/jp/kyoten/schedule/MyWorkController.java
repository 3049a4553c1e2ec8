package jp.kyoten.schedule;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;

/**
 * 今日の仕事: the signed-in person's appointments (and the whole hub's) today and for the rest
 * of this week (Monday to Sunday), follow-ups due this week or overdue, and new portal
 * inquiries — the last two contributed by other capabilities through
 * {@link WorkItemSource}.
 */
@Controller
@PreAuthorize(SchedulePermissions.STAFF)
class MyWorkController {

	private final Clock clock;

	private final Appointments appointments;

	private final BusinessCalendar calendar;

	private final List<WorkItemSource> sources;

	private final DigestSubscriptions digests;

	MyWorkController(Appointments appointments, BusinessCalendar calendar, List<WorkItemSource> sources,
			DigestSubscriptions digests, Clock clock) {
		this.clock = clock;
		this.digests = digests;
		this.appointments = appointments;
		this.calendar = calendar;
		this.sources = sources;
	}

	@GetMapping("/my-work")
	String myWork(@AuthenticationPrincipal KyotenUser user, Model model) {
		LocalDate today = LocalDate.now(clock);
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate nextMonday = monday.plusWeeks(1);
		List<AppointmentView> week = appointments.ofPerson(user.userId(), monday.atStartOfDay(HubTime.ZONE).toInstant(),
				nextMonday.atStartOfDay(HubTime.ZONE).toInstant());
		model.addAttribute("today", today);
		model.addAttribute("todayStatus", calendar.status(HubScope.require(), today));
		model.addAttribute("todays",
				week.stream()
					.filter(a -> !a.cancelled() && !a.firstDay().isAfter(today) && !a.lastDay().isBefore(today))
					.toList());
		model.addAttribute("laterThisWeek",
				week.stream().filter(a -> !a.cancelled() && a.firstDay().isAfter(today)).toList());
		List<WorkItem> items = sources.stream()
			.flatMap(source -> source.dueFor(user.userId(), today, nextMonday.minusDays(1)).stream())
			.sorted(java.util.Comparator.comparing(WorkItem::dueOn,
					java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
			.toList();
		model.addAttribute("followUps", items.stream().filter(i -> i.section() == WorkItem.Section.FOLLOW_UP).toList());
		model.addAttribute("inquiries", items.stream().filter(i -> i.section() == WorkItem.Section.INQUIRY).toList());
		model.addAttribute("digest", digests.enabled(user.userId()));
		model.addAttribute("weekStart", monday);
		model.addAttribute("weekEnd", nextMonday.minusDays(1));
		return "schedule/my-work";
	}

}
