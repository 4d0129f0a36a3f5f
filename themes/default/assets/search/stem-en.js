/* Snowball english stemmer for coursebook's search. Generated from rust-stemmers 1.2.0
   (src/snowball/algorithms/english.rs) by tests/browser/tools/stemmers-from-rust.mjs: do not edit.
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
["arsen",-1,-1],
["commun",-1,-1],
["gener",-1,-1]
];
var A_1=[
["'",-1,1],
["'s'",0,1],
["'s",-1,1]
];
var A_2=[
["ied",-1,2],
["s",-1,3],
["ies",1,2],
["sses",1,1],
["ss",1,-1],
["us",1,-1]
];
var A_3=[
["",-1,3],
["bb",0,2],
["dd",0,2],
["ff",0,2],
["gg",0,2],
["bl",0,1],
["mm",0,2],
["nn",0,2],
["pp",0,2],
["rr",0,2],
["at",0,1],
["tt",0,2],
["iz",0,1]
];
var A_4=[
["ed",-1,2],
["eed",0,1],
["ing",-1,2],
["edly",-1,2],
["eedly",3,1],
["ingly",-1,2]
];
var A_5=[
["anci",-1,3],
["enci",-1,2],
["ogi",-1,13],
["li",-1,16],
["bli",3,12],
["abli",4,4],
["alli",3,8],
["fulli",3,14],
["lessli",3,15],
["ousli",3,10],
["entli",3,5],
["aliti",-1,8],
["biliti",-1,12],
["iviti",-1,11],
["tional",-1,1],
["ational",14,7],
["alism",-1,8],
["ation",-1,7],
["ization",17,6],
["izer",-1,6],
["ator",-1,7],
["iveness",-1,11],
["fulness",-1,9],
["ousness",-1,10]
];
var A_6=[
["icate",-1,4],
["ative",-1,6],
["alize",-1,3],
["iciti",-1,4],
["ical",-1,4],
["tional",-1,1],
["ational",5,2],
["ful",-1,5],
["ness",-1,5]
];
var A_7=[
["ic",-1,1],
["ance",-1,1],
["ence",-1,1],
["able",-1,1],
["ible",-1,1],
["ate",-1,1],
["ive",-1,1],
["ize",-1,1],
["iti",-1,1],
["al",-1,1],
["ism",-1,1],
["ion",-1,2],
["er",-1,1],
["ous",-1,1],
["ant",-1,1],
["ent",-1,1],
["ment",15,1],
["ement",16,1]
];
var A_8=[
["e",-1,1],
["l",-1,2]
];
var A_9=[
["succeed",-1,-1],
["proceed",-1,-1],
["exceed",-1,-1],
["canning",-1,-1],
["inning",-1,-1],
["earring",-1,-1],
["herring",-1,-1],
["outing",-1,-1]
];
var A_10=[
["andes",-1,-1],
["atlas",-1,-1],
["bias",-1,-1],
["cosmos",-1,-1],
["dying",-1,3],
["early",-1,9],
["gently",-1,7],
["howe",-1,-1],
["idly",-1,6],
["lying",-1,4],
["news",-1,-1],
["only",-1,10],
["singly",-1,11],
["skies",-1,2],
["skis",-1,1],
["sky",-1,-1],
["tying",-1,5],
["ugly",-1,8]
];
var G_v=[17,65,16,1];
var G_v_WXY=[1,17,65,208,1];
var G_valid_LI=[55,141,2];
function r_prelude(env,context){
context.b_Y_found=false;
var v_1=env.cursor;
lab0:while(true){
env.bra=env.cursor;
if(!env.eq_s("'")){
break lab0;
}
env.ket=env.cursor;
if(!env.slice_del()){
return false;
}
break lab0;
}
env.cursor=v_1;
var v_2=env.cursor;
lab1:while(true){
env.bra=env.cursor;
if(!env.eq_s("y")){
break lab1;
}
env.ket=env.cursor;
if(!env.slice_from("Y")){
return false;
}
context.b_Y_found=true;
break lab1;
}
env.cursor=v_2;
var v_3=env.cursor;
lab2:while(true){
replab3:while(true){
var v_4=env.cursor;
lab4:for(var f1=0,n1=1;f1<n1;f1++){
golab5:while(true){
var v_5=env.cursor;
lab6:while(true){
if(!env.in_grouping(G_v, 97, 121)){
break lab6;
}
env.bra=env.cursor;
if(!env.eq_s("y")){
break lab6;
}
env.ket=env.cursor;
env.cursor=v_5;
break golab5;
}
env.cursor=v_5;
if(env.cursor >= env.limit){
break lab4;
}
env.next_char();
}
if(!env.slice_from("Y")){
return false;
}
context.b_Y_found=true;
continue replab3;
}
env.cursor=v_4;
break replab3;
}
break lab2;
}
env.cursor=v_3;
return true;
}
function r_mark_regions(env,context){
context.i_p1=env.limit;
context.i_p2=env.limit;
var v_1=env.cursor;
lab0:while(true){
lab1:while(true){
var v_2=env.cursor;
lab2:while(true){
if(env.find_among(A_0, context) == 0){
break lab2;
}
break lab1;
}
env.cursor=v_2;
golab3:while(true){
lab4:while(true){
if(!env.in_grouping(G_v, 97, 121)){
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
if(!env.out_grouping(G_v, 97, 121)){
break lab6;
}
break golab5;
}
if(env.cursor >= env.limit){
break lab0;
}
env.next_char();
}
break lab1;
}
context.i_p1=env.cursor;
golab7:while(true){
lab8:while(true){
if(!env.in_grouping(G_v, 97, 121)){
break lab8;
}
break golab7;
}
if(env.cursor >= env.limit){
break lab0;
}
env.next_char();
}
golab9:while(true){
lab10:while(true){
if(!env.out_grouping(G_v, 97, 121)){
break lab10;
}
break golab9;
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
function r_shortv(env,context){
lab0:while(true){
var v_1=env.limit - env.cursor;
lab1:while(true){
if(!env.out_grouping_b(G_v_WXY, 89, 121)){
break lab1;
}
if(!env.in_grouping_b(G_v, 97, 121)){
break lab1;
}
if(!env.out_grouping_b(G_v, 97, 121)){
break lab1;
}
break lab0;
}
env.cursor=env.limit - v_1;
if(!env.out_grouping_b(G_v, 97, 121)){
return false;
}
if(!env.in_grouping_b(G_v, 97, 121)){
return false;
}
if(env.cursor > env.limit_backward){
return false;
}
break lab0;
}
return true;
}
function r_R1(env,context){
if(!(context.i_p1 <= env.cursor)){
return false;
}
return true;
}
function r_R2(env,context){
if(!(context.i_p2 <= env.cursor)){
return false;
}
return true;
}
function r_Step_1a(env,context){
var among_var;
var v_1=env.limit - env.cursor;
lab0:while(true){
env.ket=env.cursor;
among_var=env.find_among_b(A_1, context);
if(among_var == 0){
env.cursor=env.limit - v_1;
break lab0;
}
env.bra=env.cursor;
if(among_var == 0){
env.cursor=env.limit - v_1;
break lab0;
}else if(among_var == 1){
if(!env.slice_del()){
return false;
}
}
break lab0;
}
env.ket=env.cursor;
among_var=env.find_among_b(A_2, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!env.slice_from("ss")){
return false;
}
}else if(among_var == 2){
lab1:while(true){
var v_2=env.limit - env.cursor;
lab2:while(true){
var c=env.hop(-2);
if(env.limit_backward > c || c > env.limit){
break lab2;
}
env.cursor=c;
if(!env.slice_from("i")){
return false;
}
break lab1;
}
env.cursor=env.limit - v_2;
if(!env.slice_from("ie")){
return false;
}
break lab1;
}
}else if(among_var == 3){
if(env.cursor <= env.limit_backward){
return false;
}
env.previous_char();
golab3:while(true){
lab4:while(true){
if(!env.in_grouping_b(G_v, 97, 121)){
break lab4;
}
break golab3;
}
if(env.cursor <= env.limit_backward){
return false;
}
env.previous_char();
}
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_Step_1b(env,context){
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
if(!r_R1(env, context)){
return false;
}
if(!env.slice_from("ee")){
return false;
}
}else if(among_var == 2){
var v_1=env.limit - env.cursor;
golab0:while(true){
lab1:while(true){
if(!env.in_grouping_b(G_v, 97, 121)){
break lab1;
}
break golab0;
}
if(env.cursor <= env.limit_backward){
return false;
}
env.previous_char();
}
env.cursor=env.limit - v_1;
if(!env.slice_del()){
return false;
}
var v_3=env.limit - env.cursor;
among_var=env.find_among_b(A_3, context);
if(among_var == 0){
return false;
}
env.cursor=env.limit - v_3;
if(among_var == 0){
return false;
}else if(among_var == 1){
var c=env.cursor;
var bra=env.cursor,ket=env.cursor;
env.insert(bra, ket, "e");
env.cursor=c;
}else if(among_var == 2){
env.ket=env.cursor;
if(env.cursor <= env.limit_backward){
return false;
}
env.previous_char();
env.bra=env.cursor;
if(!env.slice_del()){
return false;
}
}else if(among_var == 3){
if(env.cursor != context.i_p1){
return false;
}
var v_4=env.limit - env.cursor;
if(!r_shortv(env, context)){
return false;
}
env.cursor=env.limit - v_4;
var c=env.cursor;
var bra=env.cursor,ket=env.cursor;
env.insert(bra, ket, "e");
env.cursor=c;
}
}
return true;
}
function r_Step_1c(env,context){
env.ket=env.cursor;
lab0:while(true){
var v_1=env.limit - env.cursor;
lab1:while(true){
if(!env.eq_s_b("y")){
break lab1;
}
break lab0;
}
env.cursor=env.limit - v_1;
if(!env.eq_s_b("Y")){
return false;
}
break lab0;
}
env.bra=env.cursor;
if(!env.out_grouping_b(G_v, 97, 121)){
return false;
}
var v_2=env.limit - env.cursor;
lab2:while(true){
if(env.cursor > env.limit_backward){
break lab2;
}
return false;
}
env.cursor=env.limit - v_2;
if(!env.slice_from("i")){
return false;
}
return true;
}
function r_Step_2(env,context){
var among_var;
env.ket=env.cursor;
among_var=env.find_among_b(A_5, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(!r_R1(env, context)){
return false;
}
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!env.slice_from("tion")){
return false;
}
}else if(among_var == 2){
if(!env.slice_from("ence")){
return false;
}
}else if(among_var == 3){
if(!env.slice_from("ance")){
return false;
}
}else if(among_var == 4){
if(!env.slice_from("able")){
return false;
}
}else if(among_var == 5){
if(!env.slice_from("ent")){
return false;
}
}else if(among_var == 6){
if(!env.slice_from("ize")){
return false;
}
}else if(among_var == 7){
if(!env.slice_from("ate")){
return false;
}
}else if(among_var == 8){
if(!env.slice_from("al")){
return false;
}
}else if(among_var == 9){
if(!env.slice_from("ful")){
return false;
}
}else if(among_var == 10){
if(!env.slice_from("ous")){
return false;
}
}else if(among_var == 11){
if(!env.slice_from("ive")){
return false;
}
}else if(among_var == 12){
if(!env.slice_from("ble")){
return false;
}
}else if(among_var == 13){
if(!env.eq_s_b("l")){
return false;
}
if(!env.slice_from("og")){
return false;
}
}else if(among_var == 14){
if(!env.slice_from("ful")){
return false;
}
}else if(among_var == 15){
if(!env.slice_from("less")){
return false;
}
}else if(among_var == 16){
if(!env.in_grouping_b(G_valid_LI, 99, 116)){
return false;
}
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_Step_3(env,context){
var among_var;
env.ket=env.cursor;
among_var=env.find_among_b(A_6, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(!r_R1(env, context)){
return false;
}
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!env.slice_from("tion")){
return false;
}
}else if(among_var == 2){
if(!env.slice_from("ate")){
return false;
}
}else if(among_var == 3){
if(!env.slice_from("al")){
return false;
}
}else if(among_var == 4){
if(!env.slice_from("ic")){
return false;
}
}else if(among_var == 5){
if(!env.slice_del()){
return false;
}
}else if(among_var == 6){
if(!r_R2(env, context)){
return false;
}
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_Step_4(env,context){
var among_var;
env.ket=env.cursor;
among_var=env.find_among_b(A_7, context);
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
}else if(among_var == 2){
lab0:while(true){
var v_1=env.limit - env.cursor;
lab1:while(true){
if(!env.eq_s_b("s")){
break lab1;
}
break lab0;
}
env.cursor=env.limit - v_1;
if(!env.eq_s_b("t")){
return false;
}
break lab0;
}
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_Step_5(env,context){
var among_var;
env.ket=env.cursor;
among_var=env.find_among_b(A_8, context);
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
if(!r_R2(env, context)){
break lab1;
}
break lab0;
}
env.cursor=env.limit - v_1;
if(!r_R1(env, context)){
return false;
}
var v_2=env.limit - env.cursor;
lab2:while(true){
if(!r_shortv(env, context)){
break lab2;
}
return false;
}
env.cursor=env.limit - v_2;
break lab0;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 2){
if(!r_R2(env, context)){
return false;
}
if(!env.eq_s_b("l")){
return false;
}
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_exception2(env,context){
env.ket=env.cursor;
if(env.find_among_b(A_9, context) == 0){
return false;
}
env.bra=env.cursor;
if(env.cursor > env.limit_backward){
return false;
}
return true;
}
function r_exception1(env,context){
var among_var;
env.bra=env.cursor;
among_var=env.find_among(A_10, context);
if(among_var == 0){
return false;
}
env.ket=env.cursor;
if(env.cursor < env.limit){
return false;
}
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!env.slice_from("ski")){
return false;
}
}else if(among_var == 2){
if(!env.slice_from("sky")){
return false;
}
}else if(among_var == 3){
if(!env.slice_from("die")){
return false;
}
}else if(among_var == 4){
if(!env.slice_from("lie")){
return false;
}
}else if(among_var == 5){
if(!env.slice_from("tie")){
return false;
}
}else if(among_var == 6){
if(!env.slice_from("idl")){
return false;
}
}else if(among_var == 7){
if(!env.slice_from("gentl")){
return false;
}
}else if(among_var == 8){
if(!env.slice_from("ugli")){
return false;
}
}else if(among_var == 9){
if(!env.slice_from("earli")){
return false;
}
}else if(among_var == 10){
if(!env.slice_from("onli")){
return false;
}
}else if(among_var == 11){
if(!env.slice_from("singl")){
return false;
}
}
return true;
}
function r_postlude(env,context){
if(!context.b_Y_found){
return false;
}
replab0:while(true){
var v_1=env.cursor;
lab1:for(var f2=0,n2=1;f2<n2;f2++){
golab2:while(true){
var v_2=env.cursor;
lab3:while(true){
env.bra=env.cursor;
if(!env.eq_s("Y")){
break lab3;
}
env.ket=env.cursor;
env.cursor=v_2;
break golab2;
}
env.cursor=v_2;
if(env.cursor >= env.limit){
break lab1;
}
env.next_char();
}
if(!env.slice_from("y")){
return false;
}
continue replab0;
}
env.cursor=v_1;
break replab0;
}
return true;
}
function stem(env){
var context={
b_Y_found:false,
i_p2:0,
i_p1:0,
};
lab0:while(true){
var v_1=env.cursor;
lab1:while(true){
if(!r_exception1(env, context)){
break lab1;
}
break lab0;
}
env.cursor=v_1;
lab2:while(true){
var v_2=env.cursor;
lab3:while(true){
var c=env.hop(3);
if(0 > c || c > env.limit){
break lab3;
}
env.cursor=c;
break lab2;
}
env.cursor=v_2;
break lab0;
}
env.cursor=v_1;
var v_3=env.cursor;
lab4:while(true){
if(!r_prelude(env, context)){
break lab4;
}
break lab4;
}
env.cursor=v_3;
var v_4=env.cursor;
lab5:while(true){
if(!r_mark_regions(env, context)){
break lab5;
}
break lab5;
}
env.cursor=v_4;
env.limit_backward=env.cursor;
env.cursor=env.limit;
var v_5=env.limit - env.cursor;
lab6:while(true){
if(!r_Step_1a(env, context)){
break lab6;
}
break lab6;
}
env.cursor=env.limit - v_5;
lab7:while(true){
var v_6=env.limit - env.cursor;
lab8:while(true){
if(!r_exception2(env, context)){
break lab8;
}
break lab7;
}
env.cursor=env.limit - v_6;
var v_7=env.limit - env.cursor;
lab9:while(true){
if(!r_Step_1b(env, context)){
break lab9;
}
break lab9;
}
env.cursor=env.limit - v_7;
var v_8=env.limit - env.cursor;
lab10:while(true){
if(!r_Step_1c(env, context)){
break lab10;
}
break lab10;
}
env.cursor=env.limit - v_8;
var v_9=env.limit - env.cursor;
lab11:while(true){
if(!r_Step_2(env, context)){
break lab11;
}
break lab11;
}
env.cursor=env.limit - v_9;
var v_10=env.limit - env.cursor;
lab12:while(true){
if(!r_Step_3(env, context)){
break lab12;
}
break lab12;
}
env.cursor=env.limit - v_10;
var v_11=env.limit - env.cursor;
lab13:while(true){
if(!r_Step_4(env, context)){
break lab13;
}
break lab13;
}
env.cursor=env.limit - v_11;
var v_12=env.limit - env.cursor;
lab14:while(true){
if(!r_Step_5(env, context)){
break lab14;
}
break lab14;
}
env.cursor=env.limit - v_12;
break lab7;
}
env.cursor=env.limit_backward;
var v_13=env.cursor;
lab15:while(true){
if(!r_postlude(env, context)){
break lab15;
}
break lab15;
}
env.cursor=v_13;
break lab0;
}
return true;
}
(root.CoursebookStemmers=root.CoursebookStemmers||{})["en"]=function(w){var env=new Env(w);stem(env);return env.current;};
})(this);
