namespace Asivado.Domain.Acknowledgements;

public sealed record RenderedAcknowledgement(string TemplateId, ContactMethod Method, string Subject, string Body);
