using Asivado.Grains.Organisation.Revisions;

namespace Asivado.Grains.Tests.Organisation;

/// <summary>Revisions of the test organisation (calendar "london", the seed policy "asivado-customer-service"), as an admin submits them.</summary>
internal static class RevisionDocuments
{
    /// <summary>London v2: the test calendar (Mon–Fri 09:00–17:00) with the given holidays.</summary>
    public static RevisionDocument London(int version, params string[] holidays) => new(RevisionKind.Calendar, $$"""
        { "id": "london", "version": {{version}}, "timeZone": "Europe/London",
          "weeklyHours": [ { "days": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], "start": "09:00", "end": "17:00" } ],
          "holidays": [ {{string.Join(", ", holidays.Select(date => $$"""{ "date": "{{date}}", "name": "Founders' Day" }"""))}} ] }
        """);

    /// <summary>The seed customer-service policy with the given respond budget, as revision <paramref name="revision"/>.</summary>
    public static RevisionDocument CustomerService(int revision, int respondBusinessDays) => new(RevisionKind.Policy, $$"""
        { "id": "asivado-customer-service", "revision": {{revision}},
          "metadata": { "title": "Asivado.com Customer Service Policy and Values Statement: Response Standards" },
          "targets": [
            { "id": "acknowledge", "title": "Acknowledge within one business day", "budget": { "businessDays": 1 }, "clock": "BusinessTime",
              "channels": ["Phone", "Visit", "Email", "PostalMail", "Voicemail", "WebTicket"], "kinds": ["Complaint", "Question", "RequestForService"],
              "waivedOnFirstContactResolution": true },
            { "id": "refer", "title": "Forward within the first business day", "budget": { "businessDays": 1 }, "clock": "BusinessTime",
              "channels": ["Phone", "Visit", "Email", "PostalMail", "Voicemail", "WebTicket"], "kinds": ["Complaint", "Question", "RequestForService"],
              "waivedOnFirstContactResolution": true },
            { "id": "respond", "title": "Substantive response", "budget": { "businessDays": {{respondBusinessDays}} }, "clock": "BusinessTime",
              "channels": ["Phone", "Visit", "Email", "PostalMail", "Voicemail", "WebTicket"], "kinds": ["Complaint", "Question", "RequestForService"],
              "waivedOnFirstContactResolution": true } ] }
        """);
}
