using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Web.Services;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

/// <summary>
/// Writes the nastiest values the input rules accept (every text at its longest, scripts in every direction,
/// markup, quotes, formula and calendar syntax, line breaks where a field is multi-line, the first and last
/// allowed dates, 50 legs and 50 sources) and reads them back through every page, feed and export.
/// </summary>
public class NastiestAcceptedValuesTests(WriterApp writer) : IClassFixture<WriterApp>
{
    // Markup, quotes, CSV formula, iCalendar and JSON syntax, right-to-left override and marks, Arabic, Hebrew,
    // CJK, a combining accent, an emoji (a surrogate pair), a zero-width joiner.
    const string Hostile = "<script>alert('x')</script> \"quoted\" 'single' `tick` &amp; ]]> =cmd|'/C calc'!A0 "
        + ";,\\n\\ {\"json\":1} "
        + "\u202Eevil\u202C \u200Fنتنياهو \u05E0\u05EA\u05E0\u05D9\u05D4\u05D5 習近平 e\u0301 🛬\u200D ";

    static string Fill(int length, bool multiLine)
    {
        var pattern = multiLine ? Hostile + "\r\n\tline\n" : Hostile;
        var text = new StringBuilder();
        while (text.Length < length)
            text.Append(pattern);
        var cut = text.ToString(0, length);
        if (char.IsHighSurrogate(cut[^1]) || char.IsWhiteSpace(cut[^1]))
            cut = cut[..^1] + "x";
        // A carriage return only before a line feed: the cut may have separated them.
        cut = System.Text.RegularExpressions.Regex.Replace(cut, "\r(?!\n)", "x");
        return "x" + cut[1..];
    }

    static readonly DateOnly First = InputRules.EarliestDate, Last = InputRules.LatestDate;

    async Task<JsonElement> PostAsync(string url, object body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await writer.Client.SendAsync(writer.Request(HttpMethod.Post, url, body));
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    async Task<(int Long, int Old)> WriteNastyTripsAsync()
    {
        var countries = (await writer.App.Services.GetRequiredService<RiskFactsCache>().GetAsync(default))
            .Countries.Keys
            .Order()
            .Take(InputRules.MaxLegs)
            .ToList();
        var start = new DateOnly(2100, 12, 1);
        const string url = "https://example.org/<script>?q='\"&x=";
        var nasty = new
        {
            leader = "vladimir-putin",
            host = "ZAF",
            startDate = start,
            endDate = Last,
            status = "Planned",
            confidence = "Low",
            notes = Fill(TripRequestValidator.MaxNotes, multiLine: true),
            legs = countries.Select((iso3, i) => new
            {
                kind = i % 3 == 0 ? "Visit" : i % 3 == 1 ? "Transit" : "Overflight",
                country = iso3,
                startDate = start.AddDays(i % 31),
                endDate = start.AddDays(i % 31),
                source = url + i + new string('u', TripRequestValidator.MaxLegSource - url.Length - 2),
                notes = Fill(TripRequestValidator.MaxNotes, multiLine: true),
            }).ToArray(),
            sources = Enumerable.Range(0, InputRules.MaxSources).Select(i => new
            {
                url = $"https://example.org/{i}/" + new string('s', TripRequestValidator.MaxUrl - 30),
                outlet = Fill(TripRequestValidator.MaxOutlet, multiLine: false),
                publishedOn = First,
                quote = Fill(TripRequestValidator.MaxQuote, multiLine: true),
            }).ToArray(),
        };
        var longTrip = await PostAsync("/api/v1/trips", nasty);
        var oldTrip = await PostAsync("/api/v1/trips", new
        {
            leader = "omar-al-bashir",
            host = "TCD",
            startDate = First,
            endDate = First,
            status = "Reported",
            confidence = "High",
            notes = Hostile.Trim(),
            sources = new[]
            {
                new
                {
                    url = "https://example.org/old",
                    outlet = Hostile.Trim(),
                    publishedOn = First,
                    quote = Hostile.Trim()
                }
            },
        });
        // The longest reason: the revision's summary ("Cancelled: " + reason) must still fit its column.
        await PostAsync($"/api/v1/trips/{oldTrip.GetProperty("id").GetInt32()}/cancellation", new
        {
            reason = Fill(TripRequestValidator.MaxReason, multiLine: true),
            source = new
            {
                url = "https://example.org/cancelled",
                outlet = Hostile.Trim(),
                publishedOn = First,
                quote = Hostile.Trim()
            },
        }, HttpStatusCode.OK);
        await PostAsync("/api/v1/summits", new
        {
            name = Fill(200, multiLine: false),
            series = Fill(40, multiLine: false),
            host = "ZAF",
            city = Fill(100, multiLine: false),
            startDate = Last,
            endDate = Last,
            source = "https://example.org/summit?x=<y>&z='\"",
            notes = Fill(4000, multiLine: true),
        });
        longTrip.GetProperty("notes").GetString().Should().Be(nasty.notes, "stored exactly as sent");
        longTrip.GetProperty("legs").GetArrayLength().Should().Be(InputRules.MaxLegs);
        return (longTrip.GetProperty("id").GetInt32(), oldTrip.GetProperty("id").GetInt32());
    }

    async Task<string> ReadAsync(string url, string mediaType)
    {
        using var response = await writer.Client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"{url}: {text[..Math.Min(text.Length, 2000)]}");
        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType, url);
        return text;
    }

    [Fact]
    public async Task NastiestAcceptedValues_EveryPageFeedAndExportReadsThem()
    {
        var (id, old) = await WriteNastyTripsAsync();

        foreach (var page in new[]
        {
            $"/trips/{id}", $"/trips/{old}", "/trips", "/timeline", "/changes", "/leaders/vladimir-putin",
            "/states/ZAF", "/"
        })
        {
            var html = await ReadAsync(page, "text/html");
            html.Should().NotContain("<script>alert", page + " encodes what it shows");
        }

        foreach (var api in new[]
        {
            $"/api/v1/trips/{id}",
            $"/api/v1/trips/{old}",
            $"/api/v1/trips/{id}/risk",
            "/api/v1/trips?person=vladimir-putin&pageSize=200",
            "/api/v1/summits",
            "/api/v1/export/trips.json",
            "/api/v1/risk/map?person=vladimir-putin"
        })
            JsonDocument.Parse(await ReadAsync(api, "application/json"));

        var csv = await ReadAsync("/api/v1/export/trips.csv", "text/csv");
        using (var reader = CsvHelper.CsvReader.FromText(csv, new CsvHelper.CsvReaderOptions
        {
            HasHeader = true,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvHelper.CsvMalformedDataHandling.Throw
        }))
        {
            var ids = new List<string>();
            while (reader.Read())
            {
                reader.FieldCount.Should().Be(reader.Headers.Count, "every row has every column");
                ids.Add(reader.GetString(0));
            }
            ids.Should()
                .Contain(id.ToString(CultureInfo.InvariantCulture))
                .And.Contain(old.ToString(CultureInfo.InvariantCulture));
        }

        var ics = await ReadAsync("/api/v1/calendar.ics", "text/calendar");
        var calendar = Ical.Net.Calendar.Load(ics)!;
        calendar.Events.Should().Contain(e => e.Uid == $"trip-{id}@travelrisk");
        calendar.Events.Should().HaveCount(ics.Split("\r\n").Count(l => l == "BEGIN:VEVENT"));
        ics.Split("\r\n").Should().OnlyContain(l => Encoding.UTF8.GetByteCount(l) <= 75);

        XDocument.Parse(await ReadAsync("/api/v1/feed.atom", "application/atom+xml"));

        var ftm = await ReadAsync("/api/v1/export/ftm.jsonl", "application/x-ndjson");
        foreach (var line in ftm.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            JsonDocument.Parse(line);
    }
}
