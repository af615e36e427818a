/**
 * Words of YouTube's localised UI that tell what a number is: views, live watchers, dates,
 * subscribers, videos. Used where the markup does not say which count a text is.
 */


// Words of YouTube's "N views" in its larger UI languages ("1,2 M de visualizaciones", "12万 回視聴",
// "조회수 12만회", "1,2 млн просмотров").
export const VIEW_WORDS =
  /\bviews?\b|visualiza|\bvistas\b|\bvues\b|aufrufe|weergaven|wyświetle|просмотр|перегляд|görüntüleme|lượt xem|ditonton|tayangan|visninger|visningar|katselukert|zhlédnutí|zobrazení|megtekintés|προβολ|vizionăr|צפיות|مشاهدة|बार देखा|回視聴|次观看|次觀看|觀看次數|조회수|การดู/i;
/** A views word right after the number ("1.234 visualizaciones", "8,455 回視聴", "1.234 x ditonton"). */
export const VIEW_WORD_FIRST = new RegExp(`^(?:(?:de|x|kali)\\s+)?(?:${VIEW_WORDS.source})`, 'i');
// Words of live streams' watchers and premieres' waiting people ("312 watching", "312 人が視聴中",
// "1 234 зрителя"): never views. Checked before VIEW_WORDS ("視聴中" holds "視聴").
export const LIVE_WORDS =
  /watching|waiting|\bviewers\b|viendo|esperando|espectador|assistindo|aguardando|regardent|spectateurs|en attente|zuschauer|warten|wartend|guardando|in attesa|spettator|kijken|wachten|oglądając|czeka|смотрят|зрител|ожида|дивляться|глядач|очіку|izliyor|bekliyor|đang xem|đang chờ|menonton|menunggu|視聴中|待機中|시청 ?중|대기 ?중|正在观看|正在觀看|等待|ผู้ชม|กำลังดู|देख रहे|يشاهد|ينتظر|צופים|ממתינים|tittar|venter|väntar|katsoo|odottaa|sleduj|nézi|παρακολουθ|vizionează|a[șş]teapt/i;
// Relative dates: "3 days ago", "hace 3 días", "vor 3 Tagen", "il y a 3 jours", "2 日前", "3일 전", "3天前".
export const AGO_WORDS = new RegExp(
  '(?<!\\p{L})(?:ago|hace|vor|il y a|há|fa|geleden|temu|назад|тому|önce|lalu|trước|sedan|siden|sitten|před|ezelőtt|πριν|în urmă|לפני|منذ|पहले)(?!\\p{L})' +
    '|\\d\\s*(?:日|か月|年|時間|分|秒|週間)前|\\d\\s*(?:일|개월|년|시간|분|초|주)\\s*전|\\d\\s*(?:天|个月|個月|年|小时|小時|分钟|分鐘|秒|周|週)前',
  'iu',
);

// Words beside a channel header count, in YouTube's larger UI languages. Only used where a count
// stands alone in its row; two counts in a row are subscribers then videos, in every language.
export const SUBSCRIBER_WORDS =
  /subscri|suscri|inscrit|abonn|abone|iscritt|subskryb|odběr|prenumer|tilaaj|feliratk|подпис|підпис|συνδρομ|מנוי|مشترك|مشترک|सदस्य|सब्सक्राइबर|ผู้ติดตาม|người đăng ký|pelanggan|登録者|订阅|訂閱|구독자/i;
export const VIDEO_WORDS = /vid|видео|відео|βίντεο|動画|视频|視頻|影片|동영상|วิดีโอ|वीडियो|ویدیو|فيديو|סרטונים/i;
