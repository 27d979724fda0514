// What the composer does on every keystroke, timed on a 1,600-character message (Twilio's limit):
// parse the template, render it for a sample recipient, add the opt-out line, count the SMS parts.
//
// bench_composer [--iterations N]
//
// Prints the median and p99 time per keystroke in microseconds for a GSM-7, a Cyrillic and an
// emoji-mixed text, each against the target (< 1 ms, so typing never lags). Misses are findings,
// not errors: the exit code is non-zero only when the benchmark itself could not run.

#include "messages/messagetemplate.h"
#include "messages/optoutfooter.h"
#include "messages/smsencoding.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace textwell;

namespace {

constexpr int kLength = 1600;
constexpr double kTargetMicros = 1000;

// Paragraphs repeated until the text is kLength characters long, then cut at a space.
QString textOf(const QStringList& paragraphs)
{
    QString text;
    for (int i = 0; text.size() < kLength + 200; ++i)
        text += paragraphs.at(i % paragraphs.size()) + QLatin1Char('\n');
    const qsizetype cut = text.lastIndexOf(QLatin1Char(' '), kLength - 1);
    text.truncate(cut);
    while (text.size() < kLength)
        text += QLatin1Char('.');
    return text;
}

struct Sample
{
    const char* name;
    QString text;
    QString language;
};

struct Figures
{
    double median = 0;
    double p99 = 0;
    int parts = 0;
    QString encoding;
};

Figures measure(const Sample& sample, int iterations)
{
    const QStringList fields = MessageTemplate::standardFields() << QStringLiteral("loyalty_points");
    const QHash<QString, QString> values = {{QStringLiteral("first_name"), QStringLiteral("Anna")},
                                            {QStringLiteral("city"), QStringLiteral("Köln")},
                                            {QStringLiteral("loyalty_points"), QStringLiteral("120")}};
    OptOutSettings settings;
    settings.businessName = QStringLiteral("Rosa's Salon");
    settings.prefixBusinessName = true;

    std::vector<double> micros;
    micros.reserve(size_t(iterations));
    Figures figures;
    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        // A keystroke: the last character typed or deleted, so each round sees a new text.
        const QString text = i % 2 == 0 ? sample.text : sample.text.chopped(1);
        timer.start();
        const MessageTemplate parsed = MessageTemplate::parse(text, fields);
        const QString body = parsed.render([&](const QString& field) { return values.value(field); });
        const QString message = OptOutFooter::messageFor(body, settings, sample.language);
        const SmsInfo info = SmsEncoding::analyse(message);
        micros.push_back(double(timer.nsecsElapsed()) / 1000.0);
        figures.parts = info.parts;
        figures.encoding = SmsEncoding::encodingName(info.encoding);
    }
    std::sort(micros.begin(), micros.end());
    figures.median = micros[micros.size() / 2];
    figures.p99 = micros[std::min(micros.size() - 1, micros.size() * 99 / 100)];
    return figures;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int iterations = 10000;
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--iterations"));
    if (at >= 0 && at + 1 < args.size())
        iterations = std::max(1, args.at(at + 1).toInt());

    const std::vector<Sample> samples = {
        {"GSM-7",
         textOf({QStringLiteral(
                     "Hi {first_name|there}, spring is here at Rosa's Salon in {city}! Book a cut & colour "
                     "this week and get 20% off - just show this SMS at the desk."),
                 QStringLiteral(
                     "You have {loyalty_points|0} points: 100 points = 5 EUR off your next visit. Opening "
                     "hours: Mon-Fri 9:00-19:00, Sat 10:00-16:00."),
                 QStringLiteral(
                     "New: keratin treatment & balayage by Julia. Prices from 49 EUR [limited slots], "
                     "call 0221 123456 or book online.")}),
         QStringLiteral("en")},
        {"Cyrillic",
         textOf(
             {QStringLiteral(
                  "Здравствуйте, {first_name|дорогой клиент}! Весна пришла в салон «Роза» в {city}: "
                  "стрижка и окрашивание со скидкой 20% до конца недели."),
              QStringLiteral("У вас {loyalty_points|0} баллов: 100 баллов = 500 рублей скидки. Мы работаем "
                             "пн-пт 9:00-19:00, сб 10:00-16:00."),
              QStringLiteral("Новинка: кератиновое выпрямление и балаяж от Юлии. Цены от 2900 рублей, запись "
                             "по телефону 8 (495) 123-45-67.")}),
         QStringLiteral("ru")},
        {"emoji-mixed",
         textOf(
             {QStringLiteral("Hi {first_name|there} 👋 spring is here at Rosa’s Salon in {city}! 🌸 Book a cut "
                             "& colour this week and get 20% off 💇‍♀️ — just show this SMS."),
              QStringLiteral("You have {loyalty_points|0} points ⭐ 100 points = 5 € off your next visit 🎉 "
                             "“Best salon in town” 👍🏽 says our customers 🇩🇪"),
              QStringLiteral(
                  "New: keratin treatment & balayage by Julia ✨ Prices from 49 €… call 0221 123456 📞 "
                  "or book online 👨‍👩‍👧‍👦")}),
         QStringLiteral("en")},
    };

    std::printf("Composer keystroke: parse + render + opt-out line + SMS parts, %d iterations each\n",
                iterations);
    int misses = 0;
    for (const Sample& sample : samples) {
        const Figures f = measure(sample, iterations);
        const bool pass = f.p99 < kTargetMicros;
        misses += pass ? 0 : 1;
        std::printf(
            "  %-12s %4d chars  %s %2d parts   median %7.1f us   p99 %7.1f us   target p99 < %.0f us   %s\n",
            sample.name, int(sample.text.size()), qPrintable(f.encoding), f.parts, f.median, f.p99,
            kTargetMicros, pass ? "PASS" : "MISS");
    }
    std::printf("  %d of %d targets met.\n", int(samples.size()) - misses, int(samples.size()));
    return 0;
}
