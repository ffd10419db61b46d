// Benchmark drafts, written for the benchmark (not from any corpus): a mix of clean sentences and
// sentences that fire rules, in French and in English, repeated to the sizes the issue names.
const FR = [
  "Ce matin au bureau, une patiente de 87 ans m'a parlé de sa fatigue.",
  "La saison des virus respiratoires commence et les urgences débordent encore.",
  "Prenez 400 mg d'ibuprofène trois fois par jour pendant cinq jours.",
  "Certains prétendent que les vaccins causent l'autisme, mais les études montrent le contraire.",
  "Notre clinique offre maintenant des rendez-vous le samedi matin.",
  "Envoyez-moi vos résultats en message privé et je vous dirai quoi faire.",
  "Son dossier no 552190 est resté ouvert sur le comptoir du poste.",
  "Merci à toute l'équipe de soins intensifs pour votre travail remarquable cette semaine.",
  "Résultats garantis ou argent remis pour nos traitements au laser.",
  "Je donnerai une conférence sur la prévention des chutes à Sherbrooke en mars.",
];
const EN = [
  "This morning in clinic, an 87-year-old patient told me about her fatigue.",
  "Respiratory virus season is starting and emergency rooms are full again.",
  "Take 400 mg of ibuprofen three times a day for five days.",
  "Some people claim vaccines cause autism, but the studies show the opposite.",
  "Our clinic now offers appointments on Saturday mornings.",
  "Send me your results by DM and I will tell you what to do.",
  "Her chart # 88123 was left open at the nursing station.",
  "Thanks to the whole intensive care team for your remarkable work this week.",
  "Guaranteed results or your money back on our laser treatments.",
  "I will give a talk on fall prevention in Sherbrooke in March.",
];

function build(sentences: readonly string[], words: number, perParagraph = 4): string {
  const out: string[] = [];
  let count = 0;
  let i = 0;
  let paragraph: string[] = [];
  while (count < words) {
    const s = sentences[i % sentences.length] as string;
    paragraph.push(s);
    count += s.split(/\s+/).length;
    i++;
    if (paragraph.length === perParagraph) {
      // Vary each paragraph so that the paragraph cache cannot serve repeats.
      out.push(`${paragraph.join(" ")} (${out.length + 1})`);
      paragraph = [];
    }
  }
  if (paragraph.length) out.push(`${paragraph.join(" ")} (${out.length + 1})`);
  return out.join("\n\n");
}

export function benchTexts(lang: "fr" | "en"): Array<{ name: string; text: string }> {
  const s = lang === "fr" ? FR : EN;
  const post = s.slice(0, 6).join(" ");
  return [
    { name: "280 characters", text: post.slice(0, 280) },
    { name: "300 words", text: build(s, 300) },
    { name: "2,000 words", text: build(s, 2000) },
    { name: "20,000 words", text: build(s, 20000) },
  ];
}
