import sys
def load(p):
    d={}
    for l in open(p):
        if not l.startswith('| ') or l.startswith('| ratio |') or l.startswith('|---'): continue
        c=[x.strip() for x in l.strip().strip('|').split('|')]
        if len(c)==7: key=c[0]; rest=c[1:]
        elif len(c)==8: key=c[0]+' '+c[1]; rest=c[2:]
        else: continue
        d[key]=(rest[1],rest[5])
    return d
a=load(sys.argv[1]); b=load(sys.argv[2])
for k in a:
    if k in b:
        try:
            x=float(a[k][0]); y=float(b[k][0]); diff=f"{abs(x-y)/min(x,y)*100:5.1f}%"
        except: diff='  -'
        print(f"| {k} | {a[k][0].split(' ')[0]} {'noisy' if a[k][1]!='within 10%' else ''} | {b[k][0].split(' ')[0]} {'noisy' if b[k][1]!='within 10%' else ''} | {diff} |")
