/* Snowball russian stemmer for coursebook's search. Generated from rust-stemmers 1.2.0
   (src/snowball/algorithms/russian.rs) by tests/browser/tools/stemmers-from-rust.mjs: do not edit.
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
["в",-1,1],
["ив",0,2],
["ыв",0,2],
["вши",-1,1],
["ивши",3,2],
["ывши",3,2],
["вшись",-1,1],
["ившись",6,2],
["ывшись",6,2]
];
var A_1=[
["ее",-1,1],
["ие",-1,1],
["ое",-1,1],
["ые",-1,1],
["ими",-1,1],
["ыми",-1,1],
["ей",-1,1],
["ий",-1,1],
["ой",-1,1],
["ый",-1,1],
["ем",-1,1],
["им",-1,1],
["ом",-1,1],
["ым",-1,1],
["его",-1,1],
["ого",-1,1],
["ему",-1,1],
["ому",-1,1],
["их",-1,1],
["ых",-1,1],
["ею",-1,1],
["ою",-1,1],
["ую",-1,1],
["юю",-1,1],
["ая",-1,1],
["яя",-1,1]
];
var A_2=[
["ем",-1,1],
["нн",-1,1],
["вш",-1,1],
["ивш",2,2],
["ывш",2,2],
["щ",-1,1],
["ющ",5,1],
["ующ",6,2]
];
var A_3=[
["сь",-1,1],
["ся",-1,1]
];
var A_4=[
["ла",-1,1],
["ила",0,2],
["ыла",0,2],
["на",-1,1],
["ена",3,2],
["ете",-1,1],
["ите",-1,2],
["йте",-1,1],
["ейте",7,2],
["уйте",7,2],
["ли",-1,1],
["или",10,2],
["ыли",10,2],
["й",-1,1],
["ей",13,2],
["уй",13,2],
["л",-1,1],
["ил",16,2],
["ыл",16,2],
["ем",-1,1],
["им",-1,2],
["ым",-1,2],
["н",-1,1],
["ен",22,2],
["ло",-1,1],
["ило",24,2],
["ыло",24,2],
["но",-1,1],
["ено",27,2],
["нно",27,1],
["ет",-1,1],
["ует",30,2],
["ит",-1,2],
["ыт",-1,2],
["ют",-1,1],
["уют",34,2],
["ят",-1,2],
["ны",-1,1],
["ены",37,2],
["ть",-1,1],
["ить",39,2],
["ыть",39,2],
["ешь",-1,1],
["ишь",-1,2],
["ю",-1,2],
["ую",44,2]
];
var A_5=[
["а",-1,1],
["ев",-1,1],
["ов",-1,1],
["е",-1,1],
["ие",3,1],
["ье",3,1],
["и",-1,1],
["еи",6,1],
["ии",6,1],
["ами",6,1],
["ями",6,1],
["иями",10,1],
["й",-1,1],
["ей",12,1],
["ией",13,1],
["ий",12,1],
["ой",12,1],
["ам",-1,1],
["ем",-1,1],
["ием",18,1],
["ом",-1,1],
["ям",-1,1],
["иям",21,1],
["о",-1,1],
["у",-1,1],
["ах",-1,1],
["ях",-1,1],
["иях",26,1],
["ы",-1,1],
["ь",-1,1],
["ю",-1,1],
["ию",30,1],
["ью",30,1],
["я",-1,1],
["ия",33,1],
["ья",33,1]
];
var A_6=[
["ост",-1,1],
["ость",-1,1]
];
var A_7=[
["ейше",-1,1],
["н",-1,2],
["ейш",-1,1],
["ь",-1,3]
];
var G_v=[33,65,8,232];
function r_mark_regions(env,context){
context.i_pV=env.limit;
context.i_p2=env.limit;
var v_1=env.cursor;
lab0:while(true){
golab1:while(true){
lab2:while(true){
if(!env.in_grouping(G_v, 1072, 1103)){
break lab2;
}
break golab1;
}
if(env.cursor >= env.limit){
break lab0;
}
env.next_char();
}
context.i_pV=env.cursor;
golab3:while(true){
lab4:while(true){
if(!env.out_grouping(G_v, 1072, 1103)){
break lab4;
}
break golab3;
}
if(env.cursor >= env.limit){
break lab0;
}
env.next_char();
}
golab5:while(true){
lab6:while(true){
if(!env.in_grouping(G_v, 1072, 1103)){
break lab6;
}
break golab5;
}
if(env.cursor >= env.limit){
break lab0;
}
env.next_char();
}
golab7:while(true){
lab8:while(true){
if(!env.out_grouping(G_v, 1072, 1103)){
break lab8;
}
break golab7;
}
if(env.cursor >= env.limit){
break lab0;
}
env.next_char();
}
context.i_p2=env.cursor;
break lab0;
}
env.cursor=v_1;
return true;
}
function r_R2(env,context){
if(!(context.i_p2 <= env.cursor)){
return false;
}
return true;
}
function r_perfective_gerund(env,context){
var among_var;
env.ket=env.cursor;
among_var=env.find_among_b(A_0, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
lab0:while(true){
var v_1=env.limit - env.cursor;
lab1:while(true){
if(!env.eq_s_b("\u{0430}")){
break lab1;
}
break lab0;
}
env.cursor=env.limit - v_1;
if(!env.eq_s_b("\u{044F}")){
return false;
}
break lab0;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 2){
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_adjective(env,context){
var among_var;
env.ket=env.cursor;
among_var=env.find_among_b(A_1, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_adjectival(env,context){
var among_var;
if(!r_adjective(env, context)){
return false;
}
var v_1=env.limit - env.cursor;
lab0:while(true){
env.ket=env.cursor;
among_var=env.find_among_b(A_2, context);
if(among_var == 0){
env.cursor=env.limit - v_1;
break lab0;
}
env.bra=env.cursor;
if(among_var == 0){
env.cursor=env.limit - v_1;
break lab0;
}else if(among_var == 1){
lab1:while(true){
var v_2=env.limit - env.cursor;
lab2:while(true){
if(!env.eq_s_b("\u{0430}")){
break lab2;
}
break lab1;
}
env.cursor=env.limit - v_2;
if(!env.eq_s_b("\u{044F}")){
env.cursor=env.limit - v_1;
break lab0;
}
break lab1;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 2){
if(!env.slice_del()){
return false;
}
}
break lab0;
}
return true;
}
function r_reflexive(env,context){
var among_var;
env.ket=env.cursor;
among_var=env.find_among_b(A_3, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_verb(env,context){
var among_var;
env.ket=env.cursor;
among_var=env.find_among_b(A_4, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
lab0:while(true){
var v_1=env.limit - env.cursor;
lab1:while(true){
if(!env.eq_s_b("\u{0430}")){
break lab1;
}
break lab0;
}
env.cursor=env.limit - v_1;
if(!env.eq_s_b("\u{044F}")){
return false;
}
break lab0;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 2){
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_noun(env,context){
var among_var;
env.ket=env.cursor;
among_var=env.find_among_b(A_5, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_derivational(env,context){
var among_var;
env.ket=env.cursor;
among_var=env.find_among_b(A_6, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(!r_R2(env, context)){
return false;
}
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_tidy_up(env,context){
var among_var;
env.ket=env.cursor;
among_var=env.find_among_b(A_7, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!env.slice_del()){
return false;
}
env.ket=env.cursor;
if(!env.eq_s_b("\u{043D}")){
return false;
}
env.bra=env.cursor;
if(!env.eq_s_b("\u{043D}")){
return false;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 2){
if(!env.eq_s_b("\u{043D}")){
return false;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 3){
if(!env.slice_del()){
return false;
}
}
return true;
}
function stem(env){
var context={
i_p2:0,
i_pV:0,
};
var v_1=env.cursor;
lab0:while(true){
if(!r_mark_regions(env, context)){
break lab0;
}
break lab0;
}
env.cursor=v_1;
env.limit_backward=env.cursor;
env.cursor=env.limit;
var v_2=env.limit - env.cursor;
if(env.cursor < context.i_pV){
return false;
}
env.cursor=context.i_pV;
var v_3=env.limit_backward;
env.limit_backward=env.cursor;
env.cursor=env.limit - v_2;
var v_4=env.limit - env.cursor;
lab1:while(true){
lab2:while(true){
var v_5=env.limit - env.cursor;
lab3:while(true){
if(!r_perfective_gerund(env, context)){
break lab3;
}
break lab2;
}
env.cursor=env.limit - v_5;
var v_6=env.limit - env.cursor;
lab4:while(true){
if(!r_reflexive(env, context)){
env.cursor=env.limit - v_6;
break lab4;
}
break lab4;
}
lab5:while(true){
var v_7=env.limit - env.cursor;
lab6:while(true){
if(!r_adjectival(env, context)){
break lab6;
}
break lab5;
}
env.cursor=env.limit - v_7;
lab7:while(true){
if(!r_verb(env, context)){
break lab7;
}
break lab5;
}
env.cursor=env.limit - v_7;
if(!r_noun(env, context)){
break lab1;
}
break lab5;
}
break lab2;
}
break lab1;
}
env.cursor=env.limit - v_4;
var v_8=env.limit - env.cursor;
lab8:while(true){
env.ket=env.cursor;
if(!env.eq_s_b("\u{0438}")){
env.cursor=env.limit - v_8;
break lab8;
}
env.bra=env.cursor;
if(!env.slice_del()){
return false;
}
break lab8;
}
var v_9=env.limit - env.cursor;
lab9:while(true){
if(!r_derivational(env, context)){
break lab9;
}
break lab9;
}
env.cursor=env.limit - v_9;
var v_10=env.limit - env.cursor;
lab10:while(true){
if(!r_tidy_up(env, context)){
break lab10;
}
break lab10;
}
env.cursor=env.limit - v_10;
env.limit_backward=v_3;
env.cursor=env.limit_backward;
return true;
}
(root.CoursebookStemmers=root.CoursebookStemmers||{})["ru"]=function(w){var env=new Env(w);stem(env);return env.current;};
})(this);
