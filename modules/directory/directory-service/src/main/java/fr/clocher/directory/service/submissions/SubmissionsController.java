package fr.clocher.directory.service.submissions;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import fr.clocher.directory.api.Directory;
import fr.clocher.directory.api.EntriesApi;
import fr.clocher.directory.api.Entry;
import fr.clocher.directory.api.EntryDraft;
import fr.clocher.directory.api.Rejection;
import fr.clocher.directory.api.Submission;
import fr.clocher.directory.api.SubmissionStatus;
import fr.clocher.directory.api.SubmissionsApi;
import fr.clocher.directory.service.submissions.Submissions.Decision;
import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.kernel.site.MemberSiteVersions;
import fr.clocher.kernel.tenancy.TenantRef;

import org.springframework.web.bind.annotation.RestController;

/**
 * The moderation over HTTP; the submitter is told once the decision is kept.
 */
@RestController
@ModuleEndpoint(Directory.KEY)
class SubmissionsController implements SubmissionsApi {

	private final Submissions submissions;

	private final SubmissionMails mails;

	private final EntriesApi entries;

	private final HttpServletRequest request;

	private final MemberSiteVersions members;

	SubmissionsController(Submissions submissions, SubmissionMails mails, EntriesApi entries,
			HttpServletRequest request, MemberSiteVersions members) {
		this.members = members;
		this.submissions = submissions;
		this.mails = mails;
		this.entries = entries;
		this.request = request;
	}

	@Override
	public List<Submission> submissions(String tenant, SubmissionStatus status) {
		return this.submissions.all(status);
	}

	@Override
	public Entry approveSubmission(String tenant, UUID id, EntryDraft edited) {
		Decision decision = this.submissions.approve(id, edited);
		this.members.touchMembers();
		this.mails.approved(tenant(), decision.submission().submitterEmail(), decision.entry().name(),
				decision.entry().publicPath());
		return this.entries.entry(tenant, decision.entry().id());
	}

	@Override
	public Submission rejectSubmission(String tenant, UUID id, Rejection rejection) {
		Decision decision = this.submissions.reject(id, (rejection != null) ? rejection.reason() : null);
		this.mails.rejected(tenant(), decision.submission().submitterEmail(), decision.submission().proposed().name(),
				decision.reason());
		return decision.submission();
	}

	private TenantRef tenant() {
		return TenantRef.of(this.request).orElseThrow();
	}

}
