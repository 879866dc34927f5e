using Asivado.Domain.Acknowledgements;

namespace Asivado.Grains.Cases;

/// <summary>The customer as the case needs them: a name and how to reach them back. Nothing else is collected.</summary>
public sealed record CustomerDetails(string Name, ContactDetails Contact);
