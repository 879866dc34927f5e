using System.Globalization;
using System.Text.Json.Nodes;

namespace Asivado.Durability.Gateway;

/// <summary>Bodies for POST /api/cases: an e-mailed question to <see cref="OrganisationFile.DepartmentId"/>, distinct per index.</summary>
public static class CaseIntakeBodies
{
    public static JsonObject Question(long index) => new()
    {
        ["channel"] = "Email",
        ["kind"] = "Question",
        ["departmentId"] = OrganisationFile.DepartmentId,
        ["customer"] = new JsonObject
        {
            ["name"] = string.Create(CultureInfo.InvariantCulture, $"Customer {index}"),
            ["email"] = string.Create(CultureInfo.InvariantCulture, $"customer{index}@example.com"),
        },
        ["subject"] = string.Create(CultureInfo.InvariantCulture, $"Question {index}"),
        ["description"] = "Where is my invoice?",
    };
}
