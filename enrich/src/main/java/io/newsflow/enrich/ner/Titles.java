package io.newsflow.enrich.ner;

/**
 * Words that stand before a person's name but are not part of it: honorifics, military and political ranks,
 * offices. "General Soleimani", "Col. Chris Garver" and "President Obama" name Soleimani, Chris Garver and
 * Obama.
 */
final class Titles {

    private static final NameList TITLES = NameList.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr",
            "Dr.", "Prof", "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady", "Rev", "Rev.", "Reverend",
            "Father", "Sister", "Brother", "Sheikh", "Sheik", "Imam", "Ayatollah", "Rabbi", "Pope", "Cardinal",
            "Archbishop", "Bishop", "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Sultan", "Emir",
            "Crown", "President", "Vice", "Premier", "Prime", "Minister", "Chancellor", "Secretary", "Governor",
            "Gov", "Gov.", "Mayor", "Senator", "Sen", "Sen.", "Rep", "Rep.", "Representative", "Congressman",
            "Congresswoman", "Ambassador", "Judge", "Justice", "Chairman", "Chairwoman", "Speaker", "Commissioner",
            "General", "Gen", "Gen.", "Lieutenant", "Lt", "Lt.", "Colonel", "Col", "Col.", "Major", "Maj",
            "Maj.", "Captain", "Capt", "Capt.", "Commander", "Cmdr", "Cmdr.", "Admiral", "Adm", "Adm.",
            "Sergeant", "Sgt", "Sgt.", "Corporal", "Cpl", "Cpl.", "Private", "Pte", "Field", "Marshal",
            "Brigadier", "Brig", "Brig.", "Officer", "Inspector", "Detective", "Coach", "Manager", "Director",
            "Dictator", "Leader", "Chief", "Commander-in-Chief");

    private Titles() {
    }

    static boolean isTitle(String word) {
        return TITLES.contains(word);
    }
}
