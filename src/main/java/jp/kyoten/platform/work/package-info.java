/**
 * The two code lists of what work is about, shared by every module that speaks of it: a
 * talent need and its placement (matching), a job seeker's wishes (activity), a success
 * story (portal), a matching plan (talent), an agency's strengths (agency), the national
 * breakdowns and the moving-in imports — {@link jp.kyoten.platform.work.JobCategory} (職種)
 * and {@link jp.kyoten.platform.work.EmploymentForm} (働き方). Their labels are messages
 * ({@code jobCategory.X}, {@code employmentForm.X}). They lived in the agency module,
 * which made every module that names a job category depend on the agency registry for a
 * code list alone.
 */
package jp.kyoten.platform.work;
