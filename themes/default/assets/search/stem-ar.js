/* Snowball arabic stemmer for coursebook's search. Generated from rust-stemmers 1.2.0
   (src/snowball/algorithms/arabic.rs) by tests/browser/tools/stemmers-from-rust.mjs: do not edit.
   Snowball algorithms: BSD-3-Clause, rust-stemmers: MIT; see LICENSE-snowball.txt beside this file. */
(function(root){"use strict";
function Env(s){this.current=s;this.cursor=0;this.limit=s.length;this.limit_backward=0;this.bra=0;this.ket=s.length;}
var P=Env.prototype;
P.len=function(){return this.current.length;};
P.replace_s=function(bra,ket,s){var adj=s.length-(ket-bra);this.current=this.current.slice(0,bra)+s+this.current.slice(ket);this.limit+=adj;if(this.cursor>=ket)this.cursor+=adj;else if(this.cursor>bra)this.cursor=bra;return adj;};
P.eq_s=function(s){if(this.cursor>=this.limit)return false;if(this.current.substr(this.cursor,s.length)===s){this.cursor+=s.length;return true;}return false;};
P.eq_s_b=function(s){if(this.cursor-this.limit_backward<s.length)return false;if(this.current.substr(this.cursor-s.length,s.length)!==s)return false;this.cursor-=s.length;return true;};
P.slice_from=function(s){this.replace_s(this.bra,this.ket,s);return true;};
P.slice_del=function(){return this.slice_from("");};
P.insert=function(bra,ket,s){var adj=this.replace_s(bra,ket,s);if(bra<=this.bra)this.bra+=adj;if(bra<=this.ket)this.ket+=adj;};
P.slice_to=function(){return this.current.slice(this.bra,this.ket);};
P.next_char=function(){this.cursor++;};
P.previous_char=function(){this.cursor--;};
P.hop=function(d){return this.cursor+d;};
function bit(g,min,max,ch){if(ch>max||ch<min)return false;ch-=min;return (g[ch>>3]&(1<<(ch&7)))!==0;}
P.in_grouping=function(g,min,max){if(this.cursor>=this.limit)return false;if(!bit(g,min,max,this.current.charCodeAt(this.cursor)))return false;this.cursor++;return true;};
P.in_grouping_b=function(g,min,max){if(this.cursor<=this.limit_backward)return false;if(!bit(g,min,max,this.current.charCodeAt(this.cursor-1)))return false;this.cursor--;return true;};
P.out_grouping=function(g,min,max){if(this.cursor>=this.limit)return false;if(bit(g,min,max,this.current.charCodeAt(this.cursor)))return false;this.cursor++;return true;};
P.out_grouping_b=function(g,min,max){if(this.cursor<=this.limit_backward)return false;if(bit(g,min,max,this.current.charCodeAt(this.cursor-1)))return false;this.cursor--;return true;};
P.find_among=function(a,ctx){var i=0,j=a.length,c=this.cursor,l=this.limit,ci=0,cj=0,first=false,w,k,diff,common,x;
for(;;){k=i+((j-i)>>1);diff=0;common=ci<cj?ci:cj;w=a[k];for(x=common;x<w[0].length;x++){if(c+common===l){diff=-1;break;}diff=this.current.charCodeAt(c+common)-w[0].charCodeAt(x);if(diff!==0)break;common++;}
if(diff<0){j=k;cj=common;}else{i=k;ci=common;}if(j-i<=1){if(i>0||j===i||first)break;first=true;}}
for(;;){w=a[i];if(ci>=w[0].length){this.cursor=c+w[0].length;if(w[3]){var r=w[3](this,ctx);this.cursor=c+w[0].length;if(r)return w[2];}else return w[2];}i=w[1];if(i<0)return 0;}};
P.find_among_b=function(a,ctx){var i=0,j=a.length,c=this.cursor,lb=this.limit_backward,ci=0,cj=0,first=false,w,k,diff,common,x;
for(;;){k=i+((j-i)>>1);diff=0;common=ci<cj?ci:cj;w=a[k];for(x=w[0].length-common-1;x>=0;x--){if(c-common===lb){diff=-1;break;}diff=this.current.charCodeAt(c-common-1)-w[0].charCodeAt(x);if(diff!==0)break;common++;}
if(diff<0){j=k;cj=common;}else{i=k;ci=common;}if(j-i<=1){if(i>0||j===i||first)break;first=true;}}
for(;;){w=a[i];if(ci>=w[0].length){this.cursor=c-w[0].length;if(w[3]){var r=w[3](this,ctx);this.cursor=c-w[0].length;if(r)return w[2];}else return w[2];}i=w[1];if(i<0)return 0;}};
var A_0=[
["!",-1,3],
["\"",-1,3],
["%",-1,3],
["*",-1,3],
[",",-1,3],
[".",-1,3],
["/",-1,3],
[":",-1,3],
[";",-1,3],
["?",-1,3],
["\\",-1,3],
["،",-1,4],
["؛",-1,4],
["؟",-1,4],
["ـ",-1,2],
["ً",-1,1],
["ٌ",-1,1],
["ٍ",-1,1],
["َ",-1,1],
["ُ",-1,1],
["ِ",-1,1],
["ّ",-1,1],
["ْ",-1,1],
["٠",-1,5],
["١",-1,6],
["٢",-1,7],
["٣",-1,8],
["٤",-1,9],
["٥",-1,10],
["٦",-1,11],
["٧",-1,12],
["٨",-1,13],
["٩",-1,14],
["٪",-1,15],
["٫",-1,15],
["٬",-1,15],
["ﺀ",-1,16],
["ﺁ",-1,20],
["ﺂ",-1,20],
["ﺃ",-1,17],
["ﺄ",-1,17],
["ﺅ",-1,21],
["ﺆ",-1,21],
["ﺇ",-1,18],
["ﺈ",-1,18],
["ﺉ",-1,19],
["ﺊ",-1,19],
["ﺋ",-1,19],
["ﺌ",-1,19],
["ﺍ",-1,22],
["ﺎ",-1,22],
["ﺏ",-1,23],
["ﺐ",-1,23],
["ﺑ",-1,23],
["ﺒ",-1,23],
["ﺓ",-1,24],
["ﺔ",-1,24],
["ﺕ",-1,25],
["ﺖ",-1,25],
["ﺗ",-1,25],
["ﺘ",-1,25],
["ﺙ",-1,26],
["ﺚ",-1,26],
["ﺛ",-1,26],
["ﺜ",-1,26],
["ﺝ",-1,27],
["ﺞ",-1,27],
["ﺟ",-1,27],
["ﺠ",-1,27],
["ﺡ",-1,28],
["ﺢ",-1,28],
["ﺣ",-1,28],
["ﺤ",-1,28],
["ﺥ",-1,29],
["ﺦ",-1,29],
["ﺧ",-1,29],
["ﺨ",-1,29],
["ﺩ",-1,30],
["ﺪ",-1,30],
["ﺫ",-1,31],
["ﺬ",-1,31],
["ﺭ",-1,32],
["ﺮ",-1,32],
["ﺯ",-1,33],
["ﺰ",-1,33],
["ﺱ",-1,34],
["ﺲ",-1,34],
["ﺳ",-1,34],
["ﺴ",-1,34],
["ﺵ",-1,35],
["ﺶ",-1,35],
["ﺷ",-1,35],
["ﺸ",-1,35],
["ﺹ",-1,36],
["ﺺ",-1,36],
["ﺻ",-1,36],
["ﺼ",-1,36],
["ﺽ",-1,37],
["ﺾ",-1,37],
["ﺿ",-1,37],
["ﻀ",-1,37],
["ﻁ",-1,38],
["ﻂ",-1,38],
["ﻃ",-1,38],
["ﻄ",-1,38],
["ﻅ",-1,39],
["ﻆ",-1,39],
["ﻇ",-1,39],
["ﻈ",-1,39],
["ﻉ",-1,40],
["ﻊ",-1,40],
["ﻋ",-1,40],
["ﻌ",-1,40],
["ﻍ",-1,41],
["ﻎ",-1,41],
["ﻏ",-1,41],
["ﻐ",-1,41],
["ﻑ",-1,42],
["ﻒ",-1,42],
["ﻓ",-1,42],
["ﻔ",-1,42],
["ﻕ",-1,43],
["ﻖ",-1,43],
["ﻗ",-1,43],
["ﻘ",-1,43],
["ﻙ",-1,44],
["ﻚ",-1,44],
["ﻛ",-1,44],
["ﻜ",-1,44],
["ﻝ",-1,45],
["ﻞ",-1,45],
["ﻟ",-1,45],
["ﻠ",-1,45],
["ﻡ",-1,46],
["ﻢ",-1,46],
["ﻣ",-1,46],
["ﻤ",-1,46],
["ﻥ",-1,47],
["ﻦ",-1,47],
["ﻧ",-1,47],
["ﻨ",-1,47],
["ﻩ",-1,48],
["ﻪ",-1,48],
["ﻫ",-1,48],
["ﻬ",-1,48],
["ﻭ",-1,49],
["ﻮ",-1,49],
["ﻯ",-1,50],
["ﻰ",-1,50],
["ﻱ",-1,51],
["ﻲ",-1,51],
["ﻳ",-1,51],
["ﻴ",-1,51],
["ﻵ",-1,55],
["ﻶ",-1,55],
["ﻷ",-1,53],
["ﻸ",-1,53],
["ﻹ",-1,54],
["ﻺ",-1,54],
["ﻻ",-1,52],
["ﻼ",-1,52]
];
var A_1=[
["آ",-1,1],
["أ",-1,1],
["ؤ",-1,2],
["إ",-1,1],
["ئ",-1,3]
];
var A_2=[
["آ",-1,1],
["أ",-1,1],
["ؤ",-1,2],
["إ",-1,1],
["ئ",-1,3]
];
var A_3=[
["ال",-1,2],
["بال",-1,1],
["كال",-1,1],
["لل",-1,2]
];
var A_4=[
["أآ",-1,2],
["أأ",-1,1],
["أؤ",-1,3],
["أإ",-1,5],
["أا",-1,4]
];
var A_5=[
["ف",-1,1],
["و",-1,2]
];
var A_6=[
["ال",-1,2],
["بال",-1,1],
["كال",-1,1],
["لل",-1,2]
];
var A_7=[
["ب",-1,1],
["بب",0,2],
["كك",-1,3]
];
var A_8=[
["سأ",-1,4],
["ست",-1,2],
["سن",-1,3],
["سي",-1,1]
];
var A_9=[
["تست",-1,1],
["نست",-1,1],
["يست",-1,1]
];
var A_10=[
["كما",-1,3],
["هما",-1,3],
["نا",-1,2],
["ها",-1,2],
["ك",-1,1],
["كم",-1,2],
["هم",-1,2],
["هن",-1,2],
["ه",-1,1],
["ي",-1,1]
];
var A_11=[
["ن",-1,1]
];
var A_12=[
["ا",-1,1],
["و",-1,1],
["ي",-1,1]
];
var A_13=[
["ات",-1,1]
];
var A_14=[
["ت",-1,1]
];
var A_15=[
["ة",-1,1]
];
var A_16=[
["ي",-1,1]
];
var A_17=[
["كما",-1,3],
["هما",-1,3],
["نا",-1,2],
["ها",-1,2],
["ك",-1,1],
["كم",-1,2],
["هم",-1,2],
["كن",-1,2],
["هن",-1,2],
["ه",-1,1],
["كمو",-1,3],
["ني",-1,2]
];
var A_18=[
["ا",-1,2],
["تا",0,3],
["تما",0,5],
["نا",0,3],
["ت",-1,1],
["ن",-1,2],
["ان",5,4],
["تن",5,3],
["ون",5,4],
["ين",5,4],
["ي",-1,2]
];
var A_19=[
["وا",-1,1],
["تم",-1,1]
];
var A_20=[
["و",-1,1],
["تمو",0,2]
];
var A_21=[
["ى",-1,1]
];
function r_Normalize_pre(env,context){
var among_var;
for(var f1=0,n1=env.len();f1<n1;f1++){
lab0:while(true){
var v_2=env.cursor;
lab1:while(true){
env.bra=env.cursor;
among_var=env.find_among(A_0, context);
if(among_var == 0){
break lab1;
}
env.ket=env.cursor;
if(among_var == 0){
break lab1;
}else if(among_var == 1){
if(!env.slice_del()){
return false;
}
}else if(among_var == 2){
if(!env.slice_del()){
return false;
}
}else if(among_var == 3){
if(!env.slice_del()){
return false;
}
}else if(among_var == 4){
if(!env.slice_del()){
return false;
}
}else if(among_var == 5){
if(!env.slice_from("0")){
return false;
}
}else if(among_var == 6){
if(!env.slice_from("1")){
return false;
}
}else if(among_var == 7){
if(!env.slice_from("2")){
return false;
}
}else if(among_var == 8){
if(!env.slice_from("3")){
return false;
}
}else if(among_var == 9){
if(!env.slice_from("4")){
return false;
}
}else if(among_var == 10){
if(!env.slice_from("5")){
return false;
}
}else if(among_var == 11){
if(!env.slice_from("6")){
return false;
}
}else if(among_var == 12){
if(!env.slice_from("7")){
return false;
}
}else if(among_var == 13){
if(!env.slice_from("8")){
return false;
}
}else if(among_var == 14){
if(!env.slice_from("9")){
return false;
}
}else if(among_var == 15){
if(!env.slice_del()){
return false;
}
}else if(among_var == 16){
if(!env.slice_from("\u{0621}")){
return false;
}
}else if(among_var == 17){
if(!env.slice_from("\u{0623}")){
return false;
}
}else if(among_var == 18){
if(!env.slice_from("\u{0625}")){
return false;
}
}else if(among_var == 19){
if(!env.slice_from("\u{0626}")){
return false;
}
}else if(among_var == 20){
if(!env.slice_from("\u{0622}")){
return false;
}
}else if(among_var == 21){
if(!env.slice_from("\u{0624}")){
return false;
}
}else if(among_var == 22){
if(!env.slice_from("\u{0627}")){
return false;
}
}else if(among_var == 23){
if(!env.slice_from("\u{0628}")){
return false;
}
}else if(among_var == 24){
if(!env.slice_from("\u{0629}")){
return false;
}
}else if(among_var == 25){
if(!env.slice_from("\u{062A}")){
return false;
}
}else if(among_var == 26){
if(!env.slice_from("\u{062B}")){
return false;
}
}else if(among_var == 27){
if(!env.slice_from("\u{062C}")){
return false;
}
}else if(among_var == 28){
if(!env.slice_from("\u{062D}")){
return false;
}
}else if(among_var == 29){
if(!env.slice_from("\u{062E}")){
return false;
}
}else if(among_var == 30){
if(!env.slice_from("\u{062F}")){
return false;
}
}else if(among_var == 31){
if(!env.slice_from("\u{0630}")){
return false;
}
}else if(among_var == 32){
if(!env.slice_from("\u{0631}")){
return false;
}
}else if(among_var == 33){
if(!env.slice_from("\u{0632}")){
return false;
}
}else if(among_var == 34){
if(!env.slice_from("\u{0633}")){
return false;
}
}else if(among_var == 35){
if(!env.slice_from("\u{0634}")){
return false;
}
}else if(among_var == 36){
if(!env.slice_from("\u{0635}")){
return false;
}
}else if(among_var == 37){
if(!env.slice_from("\u{0636}")){
return false;
}
}else if(among_var == 38){
if(!env.slice_from("\u{0637}")){
return false;
}
}else if(among_var == 39){
if(!env.slice_from("\u{0638}")){
return false;
}
}else if(among_var == 40){
if(!env.slice_from("\u{0639}")){
return false;
}
}else if(among_var == 41){
if(!env.slice_from("\u{063A}")){
return false;
}
}else if(among_var == 42){
if(!env.slice_from("\u{0641}")){
return false;
}
}else if(among_var == 43){
if(!env.slice_from("\u{0642}")){
return false;
}
}else if(among_var == 44){
if(!env.slice_from("\u{0643}")){
return false;
}
}else if(among_var == 45){
if(!env.slice_from("\u{0644}")){
return false;
}
}else if(among_var == 46){
if(!env.slice_from("\u{0645}")){
return false;
}
}else if(among_var == 47){
if(!env.slice_from("\u{0646}")){
return false;
}
}else if(among_var == 48){
if(!env.slice_from("\u{0647}")){
return false;
}
}else if(among_var == 49){
if(!env.slice_from("\u{0648}")){
return false;
}
}else if(among_var == 50){
if(!env.slice_from("\u{0649}")){
return false;
}
}else if(among_var == 51){
if(!env.slice_from("\u{064A}")){
return false;
}
}else if(among_var == 52){
if(!env.slice_from("\u{0644}\u{0627}")){
return false;
}
}else if(among_var == 53){
if(!env.slice_from("\u{0644}\u{0623}")){
return false;
}
}else if(among_var == 54){
if(!env.slice_from("\u{0644}\u{0625}")){
return false;
}
}else if(among_var == 55){
if(!env.slice_from("\u{0644}\u{0622}")){
return false;
}
}
break lab0;
}
env.cursor=v_2;
if(env.cursor >= env.limit){
return false;
}
env.next_char();
break lab0;
}
}
return true;
}
function r_Normalize_post(env,context){
var among_var;
var v_1=env.cursor;
lab0:while(true){
env.limit_backward=env.cursor;
env.cursor=env.limit;
env.ket=env.cursor;
among_var=env.find_among_b(A_1, context);
if(among_var == 0){
break lab0;
}
env.bra=env.cursor;
if(among_var == 0){
break lab0;
}else if(among_var == 1){
if(!env.slice_from("\u{0621}")){
return false;
}
}else if(among_var == 2){
if(!env.slice_from("\u{0621}")){
return false;
}
}else if(among_var == 3){
if(!env.slice_from("\u{0621}")){
return false;
}
}
env.cursor=env.limit_backward;
break lab0;
}
env.cursor=v_1;
var v_2=env.cursor;
lab1:while(true){
for(var f2=0,n2=context.i_word_len;f2<n2;f2++){
lab2:while(true){
var v_4=env.cursor;
lab3:while(true){
env.bra=env.cursor;
among_var=env.find_among(A_2, context);
if(among_var == 0){
break lab3;
}
env.ket=env.cursor;
if(among_var == 0){
break lab3;
}else if(among_var == 1){
if(!env.slice_from("\u{0627}")){
return false;
}
}else if(among_var == 2){
if(!env.slice_from("\u{0648}")){
return false;
}
}else if(among_var == 3){
if(!env.slice_from("\u{064A}")){
return false;
}
}
break lab2;
}
env.cursor=v_4;
if(env.cursor >= env.limit){
break lab1;
}
env.next_char();
break lab2;
}
}
break lab1;
}
env.cursor=v_2;
return true;
}
function r_Checks1(env,context){
var among_var;
context.i_word_len=env.len();
env.bra=env.cursor;
among_var=env.find_among(A_3, context);
if(among_var == 0){
return false;
}
env.ket=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!(context.i_word_len > 4)){
return false;
}
context.b_is_noun=true;
context.b_is_verb=false;
context.b_is_defined=true;
}else if(among_var == 2){
if(!(context.i_word_len > 3)){
return false;
}
context.b_is_noun=true;
context.b_is_verb=false;
context.b_is_defined=true;
}
return true;
}
function r_Prefix_Step1(env,context){
var among_var;
context.i_word_len=env.len();
env.bra=env.cursor;
among_var=env.find_among(A_4, context);
if(among_var == 0){
return false;
}
env.ket=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!(context.i_word_len > 3)){
return false;
}
if(!env.slice_from("\u{0623}")){
return false;
}
}else if(among_var == 2){
if(!(context.i_word_len > 3)){
return false;
}
if(!env.slice_from("\u{0622}")){
return false;
}
}else if(among_var == 3){
if(!(context.i_word_len > 3)){
return false;
}
if(!env.slice_from("\u{0623}")){
return false;
}
}else if(among_var == 4){
if(!(context.i_word_len > 3)){
return false;
}
if(!env.slice_from("\u{0627}")){
return false;
}
}else if(among_var == 5){
if(!(context.i_word_len > 3)){
return false;
}
if(!env.slice_from("\u{0625}")){
return false;
}
}
return true;
}
function r_Prefix_Step2(env,context){
var among_var;
context.i_word_len=env.len();
var v_1=env.cursor;
lab0:while(true){
if(!env.eq_s("\u{0641}\u{0627}")){
break lab0;
}
return false;
}
env.cursor=v_1;
var v_2=env.cursor;
lab1:while(true){
if(!env.eq_s("\u{0648}\u{0627}")){
break lab1;
}
return false;
}
env.cursor=v_2;
env.bra=env.cursor;
among_var=env.find_among(A_5, context);
if(among_var == 0){
return false;
}
env.ket=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!(context.i_word_len > 3)){
return false;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 2){
if(!(context.i_word_len > 3)){
return false;
}
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_Prefix_Step3a_Noun(env,context){
var among_var;
context.i_word_len=env.len();
env.bra=env.cursor;
among_var=env.find_among(A_6, context);
if(among_var == 0){
return false;
}
env.ket=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!(context.i_word_len > 5)){
return false;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 2){
if(!(context.i_word_len > 4)){
return false;
}
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_Prefix_Step3b_Noun(env,context){
var among_var;
context.i_word_len=env.len();
var v_1=env.cursor;
lab0:while(true){
if(!env.eq_s("\u{0628}\u{0627}")){
break lab0;
}
return false;
}
env.cursor=v_1;
env.bra=env.cursor;
among_var=env.find_among(A_7, context);
if(among_var == 0){
return false;
}
env.ket=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!(context.i_word_len > 3)){
return false;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 2){
if(!(context.i_word_len > 3)){
return false;
}
if(!env.slice_from("\u{0628}")){
return false;
}
}else if(among_var == 3){
if(!(context.i_word_len > 3)){
return false;
}
if(!env.slice_from("\u{0643}")){
return false;
}
}
return true;
}
function r_Prefix_Step3_Verb(env,context){
var among_var;
context.i_word_len=env.len();
env.bra=env.cursor;
among_var=env.find_among(A_8, context);
if(among_var == 0){
return false;
}
env.ket=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!(context.i_word_len > 4)){
return false;
}
if(!env.slice_from("\u{064A}")){
return false;
}
}else if(among_var == 2){
if(!(context.i_word_len > 4)){
return false;
}
if(!env.slice_from("\u{062A}")){
return false;
}
}else if(among_var == 3){
if(!(context.i_word_len > 4)){
return false;
}
if(!env.slice_from("\u{0646}")){
return false;
}
}else if(among_var == 4){
if(!(context.i_word_len > 4)){
return false;
}
if(!env.slice_from("\u{0623}")){
return false;
}
}
return true;
}
function r_Prefix_Step4_Verb(env,context){
var among_var;
context.i_word_len=env.len();
env.bra=env.cursor;
among_var=env.find_among(A_9, context);
if(among_var == 0){
return false;
}
env.ket=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!(context.i_word_len > 4)){
return false;
}
context.b_is_verb=true;
context.b_is_noun=false;
if(!env.slice_from("\u{0627}\u{0633}\u{062A}")){
return false;
}
}
return true;
}
function r_Suffix_Noun_Step1a(env,context){
var among_var;
context.i_word_len=env.len();
env.ket=env.cursor;
among_var=env.find_among_b(A_10, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!(context.i_word_len >= 4)){
return false;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 2){
if(!(context.i_word_len >= 5)){
return false;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 3){
if(!(context.i_word_len >= 6)){
return false;
}
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_Suffix_Noun_Step1b(env,context){
var among_var;
context.i_word_len=env.len();
env.ket=env.cursor;
among_var=env.find_among_b(A_11, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!(context.i_word_len > 5)){
return false;
}
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_Suffix_Noun_Step2a(env,context){
var among_var;
context.i_word_len=env.len();
env.ket=env.cursor;
among_var=env.find_among_b(A_12, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!(context.i_word_len > 4)){
return false;
}
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_Suffix_Noun_Step2b(env,context){
var among_var;
context.i_word_len=env.len();
env.ket=env.cursor;
among_var=env.find_among_b(A_13, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!(context.i_word_len >= 5)){
return false;
}
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_Suffix_Noun_Step2c1(env,context){
var among_var;
context.i_word_len=env.len();
env.ket=env.cursor;
among_var=env.find_among_b(A_14, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!(context.i_word_len >= 4)){
return false;
}
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_Suffix_Noun_Step2c2(env,context){
var among_var;
context.i_word_len=env.len();
env.ket=env.cursor;
among_var=env.find_among_b(A_15, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!(context.i_word_len >= 4)){
return false;
}
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_Suffix_Noun_Step3(env,context){
var among_var;
context.i_word_len=env.len();
env.ket=env.cursor;
among_var=env.find_among_b(A_16, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!(context.i_word_len >= 3)){
return false;
}
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_Suffix_Verb_Step1(env,context){
var among_var;
context.i_word_len=env.len();
env.ket=env.cursor;
among_var=env.find_among_b(A_17, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!(context.i_word_len >= 4)){
return false;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 2){
if(!(context.i_word_len >= 5)){
return false;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 3){
if(!(context.i_word_len >= 6)){
return false;
}
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_Suffix_Verb_Step2a(env,context){
var among_var;
context.i_word_len=env.len();
env.ket=env.cursor;
among_var=env.find_among_b(A_18, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!(context.i_word_len >= 4)){
return false;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 2){
if(!(context.i_word_len >= 4)){
return false;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 3){
if(!(context.i_word_len >= 5)){
return false;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 4){
if(!(context.i_word_len > 5)){
return false;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 5){
if(!(context.i_word_len >= 6)){
return false;
}
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_Suffix_Verb_Step2b(env,context){
var among_var;
context.i_word_len=env.len();
env.ket=env.cursor;
among_var=env.find_among_b(A_19, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!(context.i_word_len >= 5)){
return false;
}
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_Suffix_Verb_Step2c(env,context){
var among_var;
context.i_word_len=env.len();
env.ket=env.cursor;
among_var=env.find_among_b(A_20, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!(context.i_word_len >= 4)){
return false;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 2){
if(!(context.i_word_len >= 6)){
return false;
}
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_Suffix_All_alef_maqsura(env,context){
var among_var;
context.i_word_len=env.len();
env.ket=env.cursor;
among_var=env.find_among_b(A_21, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!env.slice_from("\u{064A}")){
return false;
}
}
return true;
}
function stem(env){
var context={
b_is_defined:false,
b_is_verb:false,
b_is_noun:false,
i_word_len:0,
};
context.b_is_noun=true;
context.b_is_verb=true;
context.b_is_defined=false;
var v_1=env.cursor;
lab0:while(true){
if(!r_Checks1(env, context)){
break lab0;
}
break lab0;
}
env.cursor=v_1;
var v_2=env.cursor;
lab1:while(true){
if(!r_Normalize_pre(env, context)){
break lab1;
}
break lab1;
}
env.cursor=v_2;
env.limit_backward=env.cursor;
env.cursor=env.limit;
var v_3=env.limit - env.cursor;
lab2:while(true){
lab3:while(true){
var v_4=env.limit - env.cursor;
lab4:while(true){
if(!context.b_is_verb){
break lab4;
}
lab5:while(true){
var v_5=env.limit - env.cursor;
lab6:while(true){
var v_6=1;
replab7:while(true){
var v_7=env.limit - env.cursor;
lab8:for(var f3=0,n3=1;f3<n3;f3++){
if(!r_Suffix_Verb_Step1(env, context)){
break lab8;
}
v_6-=1;
continue replab7;
}
env.cursor=env.limit - v_7;
break replab7;
}
if(v_6 > 0){
break lab6;
}
lab9:while(true){
var v_8=env.limit - env.cursor;
lab10:while(true){
if(!r_Suffix_Verb_Step2a(env, context)){
break lab10;
}
break lab9;
}
env.cursor=env.limit - v_8;
lab11:while(true){
if(!r_Suffix_Verb_Step2c(env, context)){
break lab11;
}
break lab9;
}
env.cursor=env.limit - v_8;
if(env.cursor <= env.limit_backward){
break lab6;
}
env.previous_char();
break lab9;
}
break lab5;
}
env.cursor=env.limit - v_5;
lab12:while(true){
if(!r_Suffix_Verb_Step2b(env, context)){
break lab12;
}
break lab5;
}
env.cursor=env.limit - v_5;
if(!r_Suffix_Verb_Step2a(env, context)){
break lab4;
}
break lab5;
}
break lab3;
}
env.cursor=env.limit - v_4;
lab13:while(true){
if(!context.b_is_noun){
break lab13;
}
var v_9=env.limit - env.cursor;
lab14:while(true){
lab15:while(true){
var v_10=env.limit - env.cursor;
lab16:while(true){
if(!r_Suffix_Noun_Step2c2(env, context)){
break lab16;
}
break lab15;
}
env.cursor=env.limit - v_10;
lab17:while(true){
lab18:while(true){
if(!context.b_is_defined){
break lab18;
}
break lab17;
}
if(!r_Suffix_Noun_Step1a(env, context)){
break lab17;
}
lab19:while(true){
var v_12=env.limit - env.cursor;
lab20:while(true){
if(!r_Suffix_Noun_Step2a(env, context)){
break lab20;
}
break lab19;
}
env.cursor=env.limit - v_12;
lab21:while(true){
if(!r_Suffix_Noun_Step2b(env, context)){
break lab21;
}
break lab19;
}
env.cursor=env.limit - v_12;
lab22:while(true){
if(!r_Suffix_Noun_Step2c1(env, context)){
break lab22;
}
break lab19;
}
env.cursor=env.limit - v_12;
if(env.cursor <= env.limit_backward){
break lab17;
}
env.previous_char();
break lab19;
}
break lab15;
}
env.cursor=env.limit - v_10;
lab23:while(true){
if(!r_Suffix_Noun_Step1b(env, context)){
break lab23;
}
lab24:while(true){
var v_13=env.limit - env.cursor;
lab25:while(true){
if(!r_Suffix_Noun_Step2a(env, context)){
break lab25;
}
break lab24;
}
env.cursor=env.limit - v_13;
lab26:while(true){
if(!r_Suffix_Noun_Step2b(env, context)){
break lab26;
}
break lab24;
}
env.cursor=env.limit - v_13;
if(!r_Suffix_Noun_Step2c1(env, context)){
break lab23;
}
break lab24;
}
break lab15;
}
env.cursor=env.limit - v_10;
lab27:while(true){
lab28:while(true){
if(!context.b_is_defined){
break lab28;
}
break lab27;
}
if(!r_Suffix_Noun_Step2a(env, context)){
break lab27;
}
break lab15;
}
env.cursor=env.limit - v_10;
if(!r_Suffix_Noun_Step2b(env, context)){
env.cursor=env.limit - v_9;
break lab14;
}
break lab15;
}
break lab14;
}
if(!r_Suffix_Noun_Step3(env, context)){
break lab13;
}
break lab3;
}
env.cursor=env.limit - v_4;
if(!r_Suffix_All_alef_maqsura(env, context)){
break lab2;
}
break lab3;
}
break lab2;
}
env.cursor=env.limit - v_3;
env.cursor=env.limit_backward;
var v_15=env.cursor;
lab29:while(true){
var v_16=env.cursor;
lab30:while(true){
if(!r_Prefix_Step1(env, context)){
env.cursor=v_16;
break lab30;
}
break lab30;
}
var v_17=env.cursor;
lab31:while(true){
if(!r_Prefix_Step2(env, context)){
env.cursor=v_17;
break lab31;
}
break lab31;
}
lab32:while(true){
var v_18=env.cursor;
lab33:while(true){
if(!r_Prefix_Step3a_Noun(env, context)){
break lab33;
}
break lab32;
}
env.cursor=v_18;
lab34:while(true){
if(!context.b_is_noun){
break lab34;
}
if(!r_Prefix_Step3b_Noun(env, context)){
break lab34;
}
break lab32;
}
env.cursor=v_18;
if(!context.b_is_verb){
break lab29;
}
var v_19=env.cursor;
lab35:while(true){
if(!r_Prefix_Step3_Verb(env, context)){
env.cursor=v_19;
break lab35;
}
break lab35;
}
if(!r_Prefix_Step4_Verb(env, context)){
break lab29;
}
break lab32;
}
break lab29;
}
env.cursor=v_15;
var v_20=env.cursor;
lab36:while(true){
if(!r_Normalize_post(env, context)){
break lab36;
}
break lab36;
}
env.cursor=v_20;
return true;
}
(root.CoursebookStemmers=root.CoursebookStemmers||{})["ar"]=function(w){var env=new Env(w);stem(env);return env.current;};
})(this);
