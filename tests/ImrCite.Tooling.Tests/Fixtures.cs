using System;
using System.IO;

namespace ImrCite.Tooling.Tests;

internal static class Fixtures
{
    public const string DocumentId = "test.guide.2020";

    /// <summary>A small valid catalogue, canonical except where a test says otherwise.</summary>
    public static string Catalogue(string introTitle = "Introduction", bool withNsaids = true, string extraIntro = "") => $$"""
        {
          "$schema": "../imrcite-catalogue.schema.json",
          "sources": [
            { "id": "test", "name": "Test Guidelines", "codeName": "TestSrc", "tier": "guideline" }
          ],
          "treatments": [
            { "id": "opioids", "names": ["opioids"] }
          ],
          "documents": [
            {
              "id": "{{DocumentId}}",
              "source": "test",
              "title": "Test Guide",
              "codeName": "Guide",
              "edition": "2020",
              "effectiveFrom": "2020-01-01",
              "pages": "1-5",
              "statedTotal": 5,
              "sourceNote": "A test guide – with an en dash & an ampersand.",
              "sections": [
                { "id": "intro", "title": "{{introTitle}}", "pages": "1-2"{{extraIntro}} },
                { "id": "opioids", "title": "Opioids", "pages": "2-3", "addresses": ["opioids"] }{{(withNsaids ? ",\n        { \"id\": \"nsaids\", \"title\": \"NSAIDs & GI risk\", \"pages\": \"4-5\" }" : "")}}
              ]
            }
          ]
        }
        """;

    public static string TempFolder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "imrcite-tooling-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string ShippedFolder() => Path.Combine(AppContext.BaseDirectory, "guidelines");
}
